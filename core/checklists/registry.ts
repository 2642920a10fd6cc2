/**
 * The book's «Школы» sheet: the registry of schools (код, наименование, ответственный, e-mail,
 * ссылка, статус, дата сдачи). Columns are found by their names; the «Статус» and «Дата сдачи»
 * columns may be missing — collecting adds them right after the last header cell.
 */
import type { SheetChange } from '../changes/change-set';
import { cellText, cellValue, type CellValue, type Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import { findHeader, type ColumnSpec } from './header-find';
import { normText } from './template';

export type RegistryRole = 'code' | 'name' | 'responsible' | 'email' | 'link' | 'status' | 'date';

const COLUMNS: readonly ColumnSpec<RegistryRole>[] = [
  { role: 'code', pattern: /^код/, required: true },
  { role: 'name', pattern: /^(наименовани|название|школа|оо$|образовательн|организаци|учреждени)/, required: true },
  { role: 'responsible', pattern: /^(ответствен|контакт|фио)/, required: false },
  { role: 'email', pattern: /^(e-?mail|эл|электрон|почта|адрес эл)/, required: false },
  { role: 'link', pattern: /^(ссылк|файл)/, required: false },
  { role: 'status', pattern: /^статус/, required: false },
  { role: 'date', pattern: /^(дата|сдан)/, required: false },
];

export interface School {
  /** The sheet row of this school. */
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly responsible: string;
  readonly email: string;
  readonly link: string;
  /** What the «Статус» cell says now, as typed. */
  readonly status: string;
  /** What the «Дата сдачи» cell holds now. */
  readonly date: CellValue;
}

export interface Registry {
  readonly sheet: string;
  readonly headerRow: number;
  readonly cols: Readonly<Partial<Record<RegistryRole, number>>>;
  readonly lastCol: number;
  /** The last row of the sheet that holds anything: the extent of the columns collecting writes. */
  readonly lastRow: number;
  readonly schools: readonly School[];
  /** Rows skipped (duplicate codes), each a Russian sentence. */
  readonly warnings: readonly string[];
}

export type RegistryRead =
  { readonly ok: true; readonly registry: Registry } | { readonly ok: false; readonly message: string };

/** A school code as text: a number cell `101` reads `101`, edge spaces go. */
export function codeText(grid: Grid, row: number, col: number): string {
  return normText(cellText(grid, row, col));
}

export function readRegistry(grid: Grid): RegistryRead {
  const m = ru.checklists.problems;
  const header = findHeader(grid, COLUMNS);
  if (!header) return { ok: false, message: m.noRegistryHeader };
  const col = header.cols;
  const text = (row: number, c: number | undefined): string =>
    c === undefined ? '' : normText(cellText(grid, row, c));
  const schools: School[] = [];
  const warnings: string[] = [];
  const firstRow = new Map<string, number>();
  for (let row = header.row + 1; row <= grid.values.length; row++) {
    const code = col.code === undefined ? '' : codeText(grid, row, col.code);
    if (code === '') continue;
    // A line under the table («Примечание: …») has no name: not a school, and said so.
    if (text(row, col.name) === '') {
      warnings.push(m.noSchoolName(row, code));
      continue;
    }
    const first = firstRow.get(code);
    if (first !== undefined) {
      warnings.push(m.duplicateCode(code, row, first));
      continue;
    }
    firstRow.set(code, row);
    schools.push({
      row,
      code,
      name: text(row, col.name),
      responsible: text(row, col.responsible),
      email: text(row, col.email),
      link: text(row, col.link),
      status: text(row, col.status),
      date: col.date === undefined ? null : cellValue(grid, row, col.date),
    });
  }
  if (schools.length === 0) return { ok: false, message: m.noSchools };
  const registry = {
    sheet: grid.sheet,
    headerRow: header.row,
    cols: col,
    lastCol: header.lastCol,
    lastRow: grid.values.length,
    schools,
    warnings,
  };
  return { ok: true, registry };
}

/** The codes of a registry, for quick lookups. */
export function schoolsByCode(registry: Registry): ReadonlyMap<string, School> {
  return new Map(registry.schools.map((s) => [s.code, s]));
}

/** An empty «Школы» sheet for a new book: the header only. */
export function registrySheet(): SheetChange {
  const c = ru.checklists;
  return {
    kind: 'sheet',
    name: c.sheets.registry,
    rows: [[...c.registryColumns]],
    widths: [10, 44, 26, 26, 34, 14, 12],
    boldRows: [1],
    rowFills: { 1: '#F2F2F2' },
    wrapCols: [2, 3, 4, 5],
    freezeRows: 1,
    print: { orientation: 'landscape', titleRows: 1 },
  };
}
