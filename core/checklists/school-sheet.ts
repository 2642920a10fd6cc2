/**
 * The file one school receives, as a host-neutral spec (the contract of PRODUCT.md): sheet
 * «Чек-лист» with `Код | Показатель | Ответ | Комментарий / ссылка`, one indicator a row from row 2,
 * a dropdown or a typed validation on each answer, only C:D of those rows editable; and the
 * very hidden «_oko» sheet naming template, version and school. Hosts turn it into a real file.
 */
import type { CellRange, CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import type { School } from './registry';
import { META_SHEET, metaRows } from './school-file';
import type { AnswerType, Template } from './template';

export const ANSWER_COL = 3;
export const COMMENT_COL = 4;
export const FIRST_INDICATOR_ROW = 2;

export interface AnswerValidation {
  readonly row: number;
  readonly col: number;
  readonly type: AnswerType;
  /** The dropdown items for `choice`; empty for the other types. */
  readonly options: readonly string[];
  readonly prompt: string;
  readonly error: string;
}

export interface SchoolSheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly widths: readonly number[];
  readonly boldRows: readonly number[];
  /** Columns whose text wraps (the long indicator wording). */
  readonly wrapCols: readonly number[];
  /** Rows frozen at the top (the header stays in view). */
  readonly frozenRows: number;
  /** Hints for schools as cell notes. */
  readonly notes: readonly { readonly row: number; readonly col: number; readonly text: string }[];
  readonly validations: readonly AnswerValidation[];
  /** The only cells left unlocked; the sheet itself is protected (without a password). */
  readonly editable: CellRange | null;
  readonly visibility: 'visible' | 'veryHidden';
}

export interface SchoolBookSpec {
  readonly code: string;
  readonly fileName: string;
  /** The workbook's title property: who the file is for. */
  readonly title: string;
  readonly sheets: readonly SchoolSheetSpec[];
}

/** `<код>.xlsx`, with characters no file system accepts replaced by `_`. */
export function schoolFileName(code: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const safe = code.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/[. ]+$/, '');
  return `${safe === '' ? '_' : safe}.xlsx`;
}

function validation(type: AnswerType, row: number): AnswerValidation {
  const v = ru.checklists.validation[type];
  const options =
    type === 'choice' ? [ru.checklists.choices.yes, ru.checklists.choices.no, ru.checklists.choices.partial] : [];
  return { row, col: ANSWER_COL, type, options, prompt: v.prompt, error: v.error };
}

export function makeSchoolSheet(template: Template, school: Pick<School, 'code' | 'name'>): SchoolBookSpec {
  const c = ru.checklists;
  const first = FIRST_INDICATOR_ROW;
  const checklist: SchoolSheetSpec = {
    name: c.sheets.schoolChecklist,
    rows: [[...c.schoolColumns], ...template.indicators.map((i) => [i.id, i.text, null, null])],
    widths: [8, 80, 16, 45],
    boldRows: [1],
    wrapCols: [2, COMMENT_COL],
    frozenRows: 1,
    notes: template.indicators.flatMap((i, k) => (i.hint === '' ? [] : [{ row: first + k, col: 2, text: i.hint }])),
    validations: template.indicators.map((i, k) => validation(i.type, first + k)),
    editable: { row: first, col: ANSWER_COL, rows: template.indicators.length, cols: 2 },
    visibility: 'visible',
  };
  const meta: SchoolSheetSpec = {
    name: META_SHEET,
    rows: metaRows(template, school.code, school.name),
    widths: [16, 40],
    boldRows: [],
    wrapCols: [],
    frozenRows: 0,
    notes: [],
    validations: [],
    editable: null,
    visibility: 'veryHidden',
  };
  return {
    code: school.code,
    fileName: schoolFileName(school.code),
    title: c.schoolTitle(school.name || school.code),
    sheets: [checklist, meta],
  };
}
