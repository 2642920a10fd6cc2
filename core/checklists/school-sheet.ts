/**
 * The file one school receives, as a host-neutral spec (the contract of PRODUCT.md): sheet
 * «Чек-лист» with `Код | Показатель | Ответ | Комментарий / ссылка`, one indicator a row from row 2,
 * a dropdown or a typed validation on each answer, only C:D of those rows editable; and the
 * very hidden «_oko» sheet naming template, version and school. Hosts turn it into a real file.
 */
import type { PrintSetup } from '../changes/change-set';
import type { CellRange, CellValue } from '../grid/grid';
import { rowHeight } from '../text/row-height';
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
  /** Explicit heights (points) by 1-based row: LibreOffice does not grow rows of a file. */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** The cells a school answers in, filled so they stand out; null for none. */
  readonly highlight: { readonly range: CellRange; readonly color: string } | null;
  /** Page setup: one page wide; null for a hidden sheet. */
  readonly print: PrintSetup | null;
  /** A line printed at the top of each page (school, deadline); '' for none. */
  readonly printHeader: string;
}

/** What a school is told about returning its file; from «Реквизиты» where the book has it. */
export interface SchoolFileInfo {
  readonly deadline: string;
  readonly returnTo: string;
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

/** Column widths of «Чек-лист»: together about one A4 page in portrait at print scale. */
const CHECKLIST_WIDTHS = [7, 56, 14, 30] as const;
/** The answer cells' fill: light yellow, which also reads as a light grey on a black-and-white print. */
export const ANSWER_FILL = '#FFF2CC';

/** The «Инструкция» sheet: whose file, what it is, by when, to whom, and three steps. */
function instructionSheet(school: Pick<School, 'code' | 'name'>, info: SchoolFileInfo): SchoolSheetSpec {
  const m = ru.checklists.instruction;
  const rows: CellValue[][] = [
    [m.school, school.name ? `${school.name} (код ${school.code})` : school.code],
    [m.what, m.whatText],
    [m.deadline, info.deadline],
    [m.returnTo, info.returnTo],
    [m.howTo, m.steps[0]],
    [null, m.steps[1]],
    [null, m.steps[2]],
  ];
  const widths = [...m.widths];
  const rowHeights: Record<number, number> = {};
  rows.forEach((line, i) => {
    rowHeights[i + 1] = rowHeight(
      line.map((v) => (typeof v === 'string' ? v : null)),
      widths,
    );
  });
  return {
    name: m.sheet,
    rows,
    widths,
    boldRows: [],
    wrapCols: [1, 2],
    frozenRows: 0,
    notes: [],
    validations: [],
    editable: null,
    visibility: 'visible',
    rowHeights,
    highlight: null,
    print: { orientation: 'portrait' },
    printHeader: '',
  };
}

export function makeSchoolSheet(
  template: Template,
  school: Pick<School, 'code' | 'name'>,
  info: SchoolFileInfo = {
    deadline: ru.checklists.instruction.noDeadline,
    returnTo: ru.checklists.instruction.noReturnTo,
  },
): SchoolBookSpec {
  const c = ru.checklists;
  const first = FIRST_INDICATOR_ROW;
  const widths = [...CHECKLIST_WIDTHS];
  const rowHeights: Record<number, number> = { 1: rowHeight([...c.schoolColumns], widths) };
  template.indicators.forEach((i, k) => {
    // Two lines at least: room for a school's comment or link under the answer.
    rowHeights[first + k] = rowHeight([i.id, i.text], widths, 2);
  });
  const rows = template.indicators.length;
  const checklist: SchoolSheetSpec = {
    name: c.sheets.schoolChecklist,
    rows: [[...c.schoolColumns], ...template.indicators.map((i) => [i.id, i.text, null, null])],
    widths,
    boldRows: [1],
    wrapCols: [2, COMMENT_COL],
    frozenRows: 1,
    notes: template.indicators.flatMap((i, k) => (i.hint === '' ? [] : [{ row: first + k, col: 2, text: i.hint }])),
    validations: template.indicators.map((i, k) => validation(i.type, first + k)),
    editable: { row: first, col: ANSWER_COL, rows, cols: 2 },
    visibility: 'visible',
    rowHeights,
    highlight: { range: { row: first, col: ANSWER_COL, rows, cols: 2 }, color: ANSWER_FILL },
    print: { orientation: 'portrait', titleRows: 1 },
    printHeader: c.instruction.printHeader(school.name || school.code, info.deadline),
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
    rowHeights: {},
    highlight: null,
    print: null,
    printHeader: '',
  };
  // «Чек-лист» stays first (the school opens on it, the reader finds it by name) and «_oko» second as
  // before; the instruction sheet comes last, so the contract's header row 1 and rows from 2 stay.
  return {
    code: school.code,
    fileName: schoolFileName(school.code),
    title: c.schoolTitle(school.name || school.code),
    sheets: [checklist, meta, instructionSheet(school, info)],
  };
}
