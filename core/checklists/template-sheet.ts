/**
 * The book's «Чек-лист» sheet ↔ the template: read what the official wrote (header found by
 * names, answer types in Russian, the template id on the «Шаблон чек-листа» line above the table),
 * and the sheet «Подготовить книгу» creates from the default template.
 */
import type { SheetChange } from '../changes/change-set';
import { cellText, cellValue, type Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import { findHeader, foldName, type ColumnSpec } from './header-find';
import type { TemplateMeta } from './template-meta';
import {
  FALLBACK_TEMPLATE_ID,
  makeTemplate,
  normText,
  versionName,
  type AnswerType,
  type Indicator,
  type Template,
} from './template';

type TemplateRole = 'id' | 'text' | 'type' | 'required' | 'hint';

const COLUMNS: readonly ColumnSpec<TemplateRole>[] = [
  { role: 'id', pattern: /^(код|№|n$|номер|id$)/, required: true },
  { role: 'text', pattern: /^(показател|критери|вопрос|содержани|наименование)/, required: true },
  { role: 'type', pattern: /^тип/, required: false },
  { role: 'required', pattern: /^обязат/, required: false },
  { role: 'hint', pattern: /^(пояснени|подсказк|комментари|примечани)/, required: false },
];

export type TemplateRead =
  { readonly ok: true; readonly template: Template } | { readonly ok: false; readonly message: string };

/** «да/нет/частично», «Число», «дата», «ссылка»…; an empty cell means Да / Нет / Частично. */
export function parseAnswerType(text: string): AnswerType | null {
  const t = foldName(text);
  // «да/нет/частично», «да, нет», «Да»; but not «дата».
  if (t === '' || /^да($|[\s/,;-])|^(выбор|частичн)/.test(t)) return 'choice';
  if (/^(числ|количеств)/.test(t)) return 'number';
  if (/^дат/.test(t)) return 'date';
  if (/^(ссылк|url|адрес)/.test(t)) return 'link';
  return null;
}

/** Required unless the cell says no («нет», «-», «0», ЛОЖЬ). */
function parseRequired(grid: Grid, row: number, col: number | undefined): boolean {
  if (col === undefined) return true;
  const v = cellValue(grid, row, col);
  if (typeof v === 'boolean') return v;
  return !/^(нет|не|необязат|-|—|–|0|ложь|false)/.test(foldName(cellText(grid, row, col)));
}

/**
 * The id on the «Шаблон чек-листа» line above the header: the first filled cell after the label
 * (a book made before the id moved to the hidden sheet); the version caption written there now
 * («версия от …») is not an id.
 */
function templateId(grid: Grid, headerRow: number): string {
  for (let row = 1; row < headerRow; row++) {
    const line = grid.values[row - 1] ?? [];
    const label = line.findIndex((_, i) => /^шаблон/.test(foldName(cellText(grid, row, i + 1))));
    if (label < 0) continue;
    for (let col = label + 2; col <= line.length; col++) {
      const id = normText(cellText(grid, row, col));
      if (/^версия\s/i.test(id)) return FALLBACK_TEMPLATE_ID;
      if (id !== '') return id;
    }
  }
  return FALLBACK_TEMPLATE_ID;
}

/**
 * The template of the book: indicators from «Чек-лист»; id and date from the hidden sheet (`meta`)
 * where the book has it. The date holds only while the indicators are those it was stored with.
 */
export function readTemplate(grid: Grid, meta: TemplateMeta | null = null): TemplateRead {
  const m = ru.checklists.problems;
  const header = findHeader(grid, COLUMNS);
  if (!header) return { ok: false, message: m.noTemplateHeader };
  const col = header.cols;
  const text = (row: number, c: number | undefined): string =>
    c === undefined ? '' : normText(cellText(grid, row, c));
  const indicators: Indicator[] = [];
  const problems: string[] = [];
  const firstRow = new Map<string, number>();
  for (let row = header.row + 1; row <= grid.values.length; row++) {
    const id = text(row, col.id);
    const wording = text(row, col.text);
    const typeText = text(row, col.type);
    if (id === '' && wording === '') continue;
    const type = parseAnswerType(typeText);
    const first = firstRow.get(id);
    if (id === '') problems.push(m.templateRow(row, m.missingId));
    else if (wording === '') problems.push(m.templateRow(row, m.missingText(id)));
    else if (first !== undefined) problems.push(m.templateRow(row, m.duplicateId(id, first)));
    else if (type === null) problems.push(m.templateRow(row, m.unknownType(typeText)));
    else
      indicators.push({
        id,
        text: wording,
        type,
        required: parseRequired(grid, row, col.required),
        hint: text(row, col.hint),
      });
    if (id !== '' && first === undefined) firstRow.set(id, row);
  }
  if (problems.length > 0) return { ok: false, message: m.templateProblems(problems) };
  if (indicators.length === 0) return { ok: false, message: m.noIndicators };
  const made = makeTemplate(meta?.id || templateId(grid, header.row), indicators);
  const date = meta !== null && meta.version === made.version ? meta.date : null;
  return { ok: true, template: { ...made, date } };
}

/**
 * The «Чек-лист» sheet for a new book: the version line («версия от …», the id itself is on the
 * hidden sheet), a blank line, the header, one row per indicator.
 */
export function templateSheet(template: Template): SheetChange {
  const c = ru.checklists;
  const rows = [
    [c.templateIdLabel, versionName(template.date), c.templateIdHint],
    [],
    [...c.templateColumns],
    ...template.indicators.map((i) => [
      i.id,
      i.text,
      c.answerTypes[i.type],
      i.required ? c.yesNo.yes : c.yesNo.no,
      i.hint === '' ? null : i.hint,
    ]),
  ];
  return {
    kind: 'sheet',
    name: c.sheets.template,
    rows,
    widths: [14, 70, 16, 13, 40],
    boldRows: [1, 3],
    rowFills: { 3: '#F2F2F2' },
    // Column A wraps too: «Шаблон чек-листа» stays whole beside the version in B.
    wrapCols: [1, 2, 3, 5],
    freezeRows: 3,
    print: { orientation: 'landscape', titleRows: 3 },
  };
}
