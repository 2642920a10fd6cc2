/**
 * What collecting writes into «Школы»: the «Статус» and «Дата сдачи» columns of the schools' rows,
 * nothing else. Missing columns are added after the last header cell; rows that are not schools
 * (blank lines, notes, skipped duplicates) get back exactly what they held.
 */
import type { Change } from '../changes/change-set';
import { cellValue, type CellValue, type Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import type { Registry } from './registry';

export interface RegistryResult {
  readonly status: string;
  /** The new «Дата сдачи», or undefined to keep what the cell holds. */
  readonly date: CellValue | undefined;
}

function columnChange(
  grid: Grid,
  registry: Registry,
  col: number,
  header: string | null,
  pick: (row: number) => CellValue | undefined,
): Change {
  const byRow = new Map(registry.schools.map((s) => [s.row, s]));
  const last = registry.schools.reduce((m, s) => Math.max(m, s.row), registry.headerRow);
  const values: CellValue[][] = [];
  if (header !== null) values.push([header]);
  for (let row = registry.headerRow + 1; row <= last; row++) {
    const v = byRow.has(row) ? pick(row) : undefined;
    values.push([v === undefined ? cellValue(grid, row, col) : v]);
  }
  return {
    kind: 'values',
    sheet: registry.sheet,
    row: header === null ? registry.headerRow + 1 : registry.headerRow,
    col,
    values,
  };
}

/** `results` by school code; a school missing from it keeps its cells. */
export function registryChanges(
  grid: Grid,
  registry: Registry,
  results: ReadonlyMap<string, RegistryResult>,
): Change[] {
  const [, , , , , statusHeader, dateHeader] = ru.checklists.registryColumns;
  const codeAt = new Map(registry.schools.map((s) => [s.row, s.code]));
  const statusCol = registry.cols.status ?? registry.lastCol + 1;
  const dateCol = registry.cols.date ?? Math.max(statusCol, registry.lastCol) + 1;
  const result = (row: number): RegistryResult | undefined => results.get(codeAt.get(row) ?? '');
  return [
    columnChange(
      grid,
      registry,
      statusCol,
      registry.cols.status === undefined ? (statusHeader ?? null) : null,
      (row) => result(row)?.status,
    ),
    columnChange(
      grid,
      registry,
      dateCol,
      registry.cols.date === undefined ? (dateHeader ?? null) : null,
      (row) => result(row)?.date,
    ),
  ];
}

/**
 * «Разослать» on Google Sheets: each school's file link into «Ссылка» (added after the last header
 * cell if missing); schools without a new link keep their cell.
 */
export function linkChanges(grid: Grid, registry: Registry, links: ReadonlyMap<string, string>): Change[] {
  const linkHeader = ru.checklists.registryColumns[4] ?? null;
  const codeAt = new Map(registry.schools.map((s) => [s.row, s.code]));
  const col = registry.cols.link ?? registry.lastCol + 1;
  return [
    columnChange(grid, registry, col, registry.cols.link === undefined ? linkHeader : null, (row) =>
      links.get(codeAt.get(row) ?? ''),
    ),
  ];
}
