/**
 * The grid model: one sheet as the host typed it, read once.
 * Rows and columns are 1-based everywhere outside the arrays.
 */

/** A calendar date without time zone, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A cell value as the host typed it. Adapters normalise host dates to `{ date }`. */
export type CellValue = null | string | number | boolean | { readonly date: IsoDate } | { readonly error: string };

/** A rectangle of cells, 1-based. */
export interface CellRange {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Grid {
  readonly sheet: string;
  /** values[r - 1][c - 1]; rows may be ragged, missing cells are empty. */
  readonly values: readonly (readonly CellValue[])[];
  /** Display text as the host shows it, same shape as values, where the host knows it. */
  readonly display?: readonly (readonly string[])[];
  /** Merged areas; the value sits in the top-left cell. */
  readonly merges: readonly CellRange[];
}

export function isDateValue(v: CellValue): v is { readonly date: IsoDate } {
  return typeof v === 'object' && v !== null && 'date' in v;
}

export function isErrorValue(v: CellValue): v is { readonly error: string } {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function colCount(grid: Grid): number {
  let max = 0;
  for (const row of grid.values) if (row.length > max) max = row.length;
  return max;
}

export function cellValue(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

/** Text of a cell as a person reads it: display text if known, else the value formatted. */
export function cellText(grid: Grid, row: number, col: number): string {
  const shown = grid.display?.[row - 1]?.[col - 1];
  if (shown !== undefined && shown !== '') return shown;
  return valueText(cellValue(grid, row, col));
}

export function valueText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'ИСТИНА' : 'ЛОЖЬ';
  if (isDateValue(v)) return isoToRu(v.date);
  return v.error;
}

/** `2021-06-21` → `21.06.2021`. */
export function isoToRu(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** Column number → letters: 1 → A, 27 → AA. */
export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1-style address of one cell. */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}
