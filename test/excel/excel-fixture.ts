/// <reference types="office-js" />
/** Test wiring: a fake book installed as the global `Excel`/`Office`, and the real adapter on it. */
import type { CellValue } from '../../core/grid/grid';
import { createExcelHost, type ExcelHost } from '../../office-addin/excel-host';
import { officeEnv } from '../../office-addin/excel-env';
import { FakeBook, type FakeSheet } from './fake-book';
import { createFakeOffice, type FakeOffice } from './fake-excel';

export interface Rig {
  readonly fake: FakeOffice;
  readonly host: ExcelHost;
}

/** Installs a fake host over `book` as the globals Office.js defines, and makes the adapter. */
export function rig(book: FakeBook, apiMinor = 18): Rig {
  const fake = createFakeOffice(book, apiMinor);
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fake.Excel;
  g.Office = fake.Office;
  return { fake, host: createExcelHost(officeEnv()) };
}

/** A book with one sheet «План» of the given rows (strings as pasted; null = empty). */
export function bookOf(values: readonly (readonly CellValue[])[], sheet = 'План'): FakeBook {
  const book = new FakeBook();
  book.addSheet(
    sheet,
    values.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v))),
  );
  return book;
}

export interface CellLookSnapshot {
  readonly value: string | number | boolean;
  readonly fill: string | null;
  readonly note: string | null;
  readonly numberFormat: string;
}

/** Everything a person sees in a sheet's cells, for exact before/after comparison. */
export function snapshot(sheet: FakeSheet): Map<string, CellLookSnapshot> {
  const out = new Map<string, CellLookSnapshot>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const look = {
        value: cell.error ?? cell.value,
        fill: cell.fill?.color ?? null,
        note: cell.note ?? null,
        numberFormat: cell.numberFormat,
      };
      if (look.value === '' && look.fill === null && look.note === null && look.numberFormat === 'General') return;
      out.set(`${r + 1}:${c + 1}`, look);
    }),
  );
  return out;
}

/** `row:col` (1-based) of every cell with a fill. */
export function filledCells(sheet: FakeSheet): Set<string> {
  return new Set([...snapshot(sheet)].filter(([, l]) => l.fill !== null).map(([k]) => k));
}

/** Cells that Excel took as formulas: data must never become one. */
export function formulaCells(book: FakeBook): string[] {
  return book.sheets.flatMap((s) =>
    s.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell?.formula ? [`${s.name}!${r + 1}:${c + 1}`] : []))),
  );
}
