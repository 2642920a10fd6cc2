/**
 * The three hosts of the port under one test driver: the Sheets fake (the real Sheets adapter,
 * bundled by esbuild as for Apps Script, run in a vm over the fake's globals), the Excel fake (the
 * real Office.js adapter) and the ExcelJS host. A driver loads a book, runs core's flows, and
 * reads back what a person sees: each cell's fill and note, the sheets and which are hidden.
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import vm from 'node:vm';
import { Workbook, type Cell } from 'exceljs';
import { runAsync, runSync, type Flow } from '../../core/commands/flow';
import type { SheetHost } from '../../core/host/host';
import { XlsxHost } from '../../xlsx/host';
import { rig } from '../excel/excel-fixture';
import { FakeBook } from '../excel/fake-book';
import { createAppsScript } from '../gas/fake-apps-script';
import { zonedDate } from '../gas/fake-time';
import type { BookSheet } from '../helpers/book-41';

export interface Look {
  readonly fill: string | null;
  readonly note: string;
}

/** A cell as shown: its text, the web link it opens (null for none), whether it holds a formula. */
export interface Shown {
  readonly text: string;
  readonly url: string | null;
  readonly formula: boolean;
}

export interface Driver {
  run<T>(flow: Flow<T>): Promise<T>;
  look(sheet: string, row: number, col: number): Look;
  shown(sheet: string, row: number, col: number): Shown;
  /** A look of the official's own, set as a person would. */
  setLook(sheet: string, row: number, col: number, look: Look): void;
  sheets(): { name: string; hidden: boolean }[];
  activate(sheet: string): void;
}

export interface HostKind {
  readonly name: string;
  open(book: readonly BookSheet[]): Driver;
}

const ROOT = join(__dirname, '..', '..');
const upper = (fill: string | null): string | null => (fill === null ? null : fill.toUpperCase());

/** The Sheets adapter as esbuild bundles it for Apps Script, built once per test file. */
let sheetsBundle: string | null = null;
function sheetsHostCode(): string {
  sheetsBundle ??=
    buildSync({
      stdin: { contents: "export { SheetsHost } from './gas/sheets-host';", resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      format: 'iife',
      globalName: '__oko',
      target: 'es2020',
      write: false,
    }).outputFiles[0]?.text ?? '';
  return sheetsBundle;
}

const sheets: HostKind = {
  name: 'Google Sheets (fake)',
  open(book) {
    const fake = createAppsScript();
    const zone = fake.book.timeZone();
    for (const s of book) {
      fake.book.addSheet(
        s.name,
        s.rows.map((r) =>
          r.map((v) =>
            v instanceof Date ? zonedDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate(), zone) : (v ?? ''),
          ),
        ),
      );
    }
    const context = vm.createContext({ ...fake.globals });
    vm.runInContext(sheetsHostCode(), context);
    const api = context['__oko'] as { SheetsHost: new (ss: unknown) => SheetHost };
    const host = new api.SheetsHost(fake.book);
    const sheet = (name: string) => fake.book.sheet(name);
    return {
      run: async (flow) => runSync(host, flow),
      look: (name, row, col) => {
        const cell = sheet(name).peek(row, col);
        const fill = cell?.background ?? null;
        return { fill: fill === null || fill.toLowerCase() === '#ffffff' ? null : upper(fill), note: cell?.note ?? '' };
      },
      shown: (name, row, col) => {
        const cell = sheet(name).peek(row, col);
        return { text: String(cell?.value ?? ''), url: cell?.link ?? null, formula: (cell?.formula ?? '') !== '' };
      },
      setLook: (name, row, col, look) => {
        const cell = sheet(name).cell(row, col);
        cell.background = look.fill;
        cell.note = look.note;
      },
      sheets: () => fake.book.getSheets().map((s) => ({ name: s.getName(), hidden: s.isSheetHidden() })),
      activate: (name) => void fake.book.setActiveSheet(sheet(name)),
    };
  },
};

/** Excel keeps dates as serial numbers with a date format. */
const serial = (d: Date): number => d.getTime() / 86400000 + 25569;

const excel: HostKind = {
  name: 'Excel (fake)',
  open(book) {
    const fb = new FakeBook();
    for (const s of book) {
      const sheet = fb.addSheet(
        s.name,
        s.rows.map((r) => r.map((v) => (v instanceof Date ? serial(v) : v))),
      );
      s.rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v instanceof Date) sheet.at(i, j).numberFormat = 'dd.mm.yyyy';
        }),
      );
    }
    const { host } = rig(fb);
    return {
      run: (flow) => runAsync(host, flow),
      look: (name, row, col) => {
        const cell = fb.sheet(name).get(row - 1, col - 1);
        return { fill: upper(cell?.fill?.color ?? null), note: cell?.note ?? '' };
      },
      shown: (name, row, col) => {
        const cell = fb.sheet(name).get(row - 1, col - 1);
        return {
          text: String(cell?.value ?? ''),
          url: cell?.hyperlink?.address ?? null,
          formula: cell?.formula !== undefined,
        };
      },
      setLook: (name, row, col, look) => {
        const cell = fb.sheet(name).at(row - 1, col - 1);
        cell.fill = look.fill === null ? null : { color: look.fill, pattern: 'Solid' };
        if (look.note) cell.note = look.note;
        else delete cell.note;
      },
      sheets: () => fb.sheets.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible' })),
      activate: (name) => void (fb.active = name),
    };
  },
};

const xlsx: HostKind = {
  name: 'ExcelJS (.xlsx)',
  open(book) {
    const wb = new Workbook();
    for (const s of book) wb.addWorksheet(s.name).addRows(s.rows.map((r) => [...r]));
    let active: string | null = null;
    // The CLI names the sheet it works on; the driver plays the open sheet the same way.
    const host = (): XlsxHost => new XlsxHost(wb, active);
    const sheet = (name: string) => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      return ws;
    };
    return {
      run: async (flow) => runSync(host(), flow),
      look: (name, row, col) => {
        // Read raw, not through the host's own reading: the driver must see what the file holds.
        const cell = sheet(name).getCell(row, col);
        const fill = cell.fill as Cell['fill'] | undefined;
        const argb = fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
        const note = cell.note as Cell['note'] | undefined;
        const text = typeof note === 'string' ? note : (note?.texts?.map((t) => t.text).join('') ?? '');
        return { fill: argb ? `#${argb.slice(-6).toUpperCase()}` : null, note: text };
      },
      shown: (name, row, col) => {
        const cell = sheet(name).getCell(row, col);
        const v = cell.value;
        if (v !== null && typeof v === 'object' && 'hyperlink' in v)
          return { text: String(v.text), url: v.hyperlink, formula: false };
        return { text: cell.text, url: null, formula: cell.formula !== undefined && cell.formula !== '' };
      },
      setLook: (name, row, col, look) => {
        const cell = sheet(name).getCell(row, col);
        if (look.fill !== null)
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill.slice(1)}` } };
        if (look.note) cell.note = look.note;
      },
      sheets: () => wb.worksheets.map((ws) => ({ name: ws.name, hidden: ws.state !== 'visible' })),
      activate: (name) => void (active = name),
    };
  },
};

export const HOSTS: readonly HostKind[] = [sheets, excel, xlsx];
