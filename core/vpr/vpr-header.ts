/**
 * The header row of a ВПР results table, wherever it starts: the row naming the school column
 * and at least one task «N (Kб)». Columns are known by their usual names, as the plan reader
 * knows its roles by synonyms (core/plan/header-roles.ts).
 */
import type { TaskColumn } from './vpr-types';

export type VprRole = 'municipality' | 'login' | 'name' | 'code' | 'class' | 'variant' | 'score' | 'mark' | 'journal';

export interface VprHeader {
  /** 1-based sheet row. */
  readonly row: number;
  /** Role → 1-based column. */
  readonly columns: Partial<Record<VprRole, number>>;
  /** Task columns in sheet order. */
  readonly tasks: readonly (TaskColumn & { readonly col: number })[];
}

/** Lower case, ё as е, one space, no trailing dot or colon. */
export const normHeader = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();

/** Each role with its names; the first role that matches a cell wins, so the order matters. */
const ROLE_TESTS: readonly (readonly [VprRole, (h: string) => boolean])[] = [
  ['journal', (h) => /^(отметка|оценка)\s+(по журналу|за предыдущ|в журнале|за (триместр|четверть|полугодие))/.test(h)],
  ['mark', (h) => /^(отметка|оценка)( за впр| по пятибалльной шкале)?$/.test(h)],
  ['score', (h) => /^(первичный балл|итого баллов|всего баллов|сумма баллов|итого|балл)$/.test(h)],
  ['login', (h) => /^(логин( оо)?|код оо|оо|логин образовательной организации)$/.test(h)],
  [
    'name',
    (h) =>
      /^(наименование|название|полное наименование)( оо| образовательной организации)?$|^образовательная организация$/.test(
        h,
      ),
  ],
  ['municipality', (h) => /^(муниципалитет|муниципальное образование|муниципальный район|мо|район|ату)$/.test(h)],
  ['code', (h) => /^код( участника)?$|^код обучающегося$/.test(h)],
  ['class', (h) => /^класс$/.test(h)],
  ['variant', (h) => /^вариант$/.test(h)],
];

/** «1 (1б)», «4.1 (2 б.)», «№ 7 (3б)» → the task's label and its maximum points. */
export function taskColumn(text: string): TaskColumn | null {
  const m = /^(?:№\s*|задание\s*)?(\d{1,2}(?:[.,]\d{1,2})?)\s*\(\s*(\d{1,2})\s*б(?:алл[а-я]*)?\.?\s*\)$/i.exec(
    text.trim(),
  );
  if (!m) return null;
  const max = Number(m[2]);
  return max > 0 ? { label: (m[1] ?? '').replace(',', '.'), max } : null;
}

/** The roles and tasks of one row of header text. */
export function headerOf(row: number, texts: readonly string[]): VprHeader {
  const columns: Partial<Record<VprRole, number>> = {};
  const tasks: (TaskColumn & { col: number })[] = [];
  texts.forEach((text, i) => {
    const task = taskColumn(text);
    if (task) {
      tasks.push({ ...task, col: i + 1 });
      return;
    }
    const h = normHeader(text);
    if (!h) return;
    const role = ROLE_TESTS.find(([r, test]) => columns[r] === undefined && test(h))?.[0];
    if (role) columns[role] = i + 1;
  });
  return { row, columns, tasks };
}

/** How many rows from the top are searched for the header. */
const SEARCH_ROWS = 40;

/** The first row that names a school column or the primary score, and has task columns. */
export function findHeader(texts: readonly (readonly string[])[]): VprHeader | null {
  const last = Math.min(texts.length, SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const h = headerOf(r, texts[r - 1] ?? []);
    const named = h.columns.login !== undefined || h.columns.name !== undefined || h.columns.score !== undefined;
    if (named && h.tasks.length > 0) return h;
  }
  return null;
}
