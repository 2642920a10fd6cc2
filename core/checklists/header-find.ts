/**
 * Finds a header row by column names, the way an official writes them («Код ОО», «E-mail», «Дата
 * сдачи»…): the first row near the top where every required column is named.
 */
import { cellText, colCount, type Grid } from '../grid/grid';
import { normText } from './template';

export interface ColumnSpec<R extends string> {
  readonly role: R;
  /** Tested against the cell text lower-cased, `ё` as `е`, spaces collapsed. */
  readonly pattern: RegExp;
  readonly required: boolean;
}

export interface HeaderFound<R extends string> {
  readonly row: number;
  readonly cols: Partial<Record<R, number>>;
  /** The last non-empty column of the header row. */
  readonly lastCol: number;
}

/** A cell text folded for matching names: lower case, `ё` → `е`, whitespace collapsed. */
export function foldName(s: string): string {
  return normText(s).toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

function matchRow<R extends string>(grid: Grid, row: number, specs: readonly ColumnSpec<R>[]): HeaderFound<R> | null {
  const cols: Partial<Record<R, number>> = {};
  let lastCol = 0;
  const width = colCount(grid);
  for (let col = 1; col <= width; col++) {
    const text = foldName(cellText(grid, row, col));
    if (text === '') continue;
    lastCol = col;
    const spec = specs.find((s) => cols[s.role] === undefined && s.pattern.test(text));
    if (spec) cols[spec.role] = col;
  }
  return specs.every((s) => !s.required || cols[s.role] !== undefined) ? { row, cols, lastCol } : null;
}

export function findHeader<R extends string>(
  grid: Grid,
  specs: readonly ColumnSpec<R>[],
  scanRows = 15,
): HeaderFound<R> | null {
  const last = Math.min(scanRows, grid.values.length);
  for (let row = 1; row <= last; row++) {
    const found = matchRow(grid, row, specs);
    if (found) return found;
  }
  return null;
}
