/** Where the plan table is: its header (or inferred columns), body rows and repeated headers. */
import { inferColumns } from './column-infer';
import { headerRole, headerRoles, looksLikeHeader } from './header-roles';
import type { Columns, Role } from './plan';

export interface TableLocation {
  readonly headerRow: number | null;
  readonly columns: Columns;
  readonly repeatedRows: readonly number[];
  /** Rows that only number the columns («1 | 2 | 3 | 4 | 5»), as official documents print them. */
  readonly columnNumberRows: readonly number[];
  /** First and last body rows (1-based). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly width: number;
}

const filledCount = (row: readonly string[]): number => row.reduce((n, t) => (t ? n + 1 : n), 0);

function lastFilledRow(texts: readonly (readonly string[])[]): number {
  for (let r = texts.length; r >= 1; r--) if (filledCount(texts[r - 1] ?? []) > 0) return r;
  return 0;
}

function widthOf(texts: readonly (readonly string[])[], from: number, to: number): number {
  let w = 0;
  for (let r = from; r <= to; r++) {
    const row = texts[r - 1] ?? [];
    for (let c = row.length; c > w; c--) if (row[c - 1]) w = c;
  }
  return w;
}

/** A header repeated after a page break: at least two of its named cells again, in place. */
function repeatsHeader(row: readonly string[], header: readonly string[], columns: Columns): boolean {
  let same = 0;
  for (const col of Object.values(columns)) {
    const h = header[col - 1] ?? '';
    if (h && (row[col - 1] ?? '').toLowerCase() === h.toLowerCase()) same++;
  }
  return same >= 2;
}

/**
 * «1 | 2 | 3 | 4 | 5» under a header (or atop a new page): at least three filled cells numbered
 * 1, 2, 3… in order (from its own column when the first columns are empty), and nothing else.
 */
export function isColumnNumberRow(row: readonly string[]): boolean {
  let expected: number | null = null;
  let filled = 0;
  for (let c = 1; c <= row.length; c++) {
    const t = row[c - 1] ?? '';
    if (!t) continue;
    const m = /^(\d{1,2})\.?$/.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (expected === null ? n !== 1 && n !== c : n !== expected) return false;
    expected = n + 1;
    filled++;
  }
  return filled >= 3;
}

function columnNumberRows(texts: readonly (readonly string[])[], from: number, to: number): number[] {
  const rows: number[] = [];
  for (let r = from; r <= to; r++) if (isColumnNumberRow(texts[r - 1] ?? [])) rows.push(r);
  return rows;
}

/** The first row of a run of multi-cell rows: where a header-less table starts. */
function firstTableRow(texts: readonly (readonly string[])[]): number | null {
  for (let r = 1; r <= texts.length; r++) {
    if (filledCount(texts[r - 1] ?? []) < 2) continue;
    let following = 0;
    for (let k = r + 1; k <= Math.min(texts.length, r + 8); k++) if (filledCount(texts[k - 1] ?? []) >= 2) following++;
    if (following >= 2) return r;
  }
  return null;
}

/**
 * The second row of a two-row header, naming the sub-columns of a merged header cell
 * («Содержание деятельности» over «Муниципальный уровень | Уровень ОО»): every filled cell a header word.
 */
function subHeader(row: readonly string[]): Map<Role, number> | null {
  const filled = row.filter((t) => t !== '');
  if (filled.length === 0 || filled.some((t) => headerRole(t) === null)) return null;
  return headerRoles(row);
}

const signature = (row: readonly string[]): string => row.join('\t').replace(/\t+$/, '').toLowerCase();

export function locateTable(texts: readonly (readonly string[])[]): TableLocation | null {
  const last = lastFilledRow(texts);
  if (last === 0) return null;
  for (let r = 1; r <= last; r++) {
    const roles = headerRoles(texts[r - 1] ?? []);
    if (!looksLikeHeader(roles)) continue;
    const columns: Columns = Object.fromEntries(roles);
    const header = texts[r - 1] ?? [];
    const subRow = texts[r] ?? [];
    const sub = subHeader(subRow);
    for (const [role, col] of sub ?? []) {
      for (const [other, c] of Object.entries(columns) as [Role, number][]) if (c === col) delete columns[other];
      columns[role] = col;
    }
    const first = sub ? r + 2 : r + 1;
    const repeatedRows: number[] = [];
    for (let k = first; k <= last; k++) {
      const row = texts[k - 1] ?? [];
      if (repeatsHeader(row, header, columns) || (sub && signature(row) === signature(subRow))) repeatedRows.push(k);
    }
    if (first > last) return null;
    return {
      headerRow: r,
      columns,
      repeatedRows,
      columnNumberRows: columnNumberRows(texts, first, last),
      firstRow: first,
      lastRow: last,
      width: widthOf(texts, r, last),
    };
  }
  const first = firstTableRow(texts);
  if (first === null) return null;
  const width = widthOf(texts, first, last);
  const numbered = columnNumberRows(texts, first, last);
  const skip = new Set(numbered);
  const body = texts.slice(first - 1, last).filter((row, i) => filledCount(row) >= 2 && !skip.has(first + i));
  const columns = inferColumns(body, width);
  if (columns.activity === undefined) return null;
  return {
    headerRow: null,
    columns,
    repeatedRows: [],
    columnNumberRows: numbered,
    firstRow: first,
    lastRow: last,
    width,
  };
}
