/**
 * The document behind the fake Excel object model: sheets of cells with values, number formats,
 * fills, notes, hyperlinks and merges, and Excel's typing rules for `range.values` writes
 * (`=…` becomes a formula, «12» a number, «21.06.2021» a date, a leading apostrophe keeps text).
 */
import type { FakeChartModel, FakePageLayout } from './fake-charts';
import { afterRowInsert } from './fake-rects';

export interface Fill {
  readonly color: string;
  readonly pattern: 'Solid';
}

export interface Hyperlink {
  readonly documentReference?: string;
  readonly textToDisplay?: string;
  readonly address?: string;
}

export interface FakeCell {
  value: string | number | boolean;
  /** Set when a write was taken as a formula: what tests must never see from data. */
  formula?: string;
  error?: string;
  numberFormat: string;
  fill: Fill | null;
  note?: string;
  hyperlink?: Hyperlink;
  bold?: boolean;
  /** format.wrapText. */
  wrap?: boolean;
}

/** A dropdown as Excel keeps it: one rule over a rectangle. */
export interface FakeValidation {
  rect: Rect;
  readonly rule: { readonly list: { readonly inCellDropDown: boolean; readonly source: string } };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

/** A conditional format: its areas, type, text rule and fill, as set through the API. */
export interface FakeConditional {
  rects: Rect[];
  readonly type: string;
  rule: { readonly operator: string; readonly text: string } | null;
  fill: string | null;
}

/** 0-based rectangle. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
const ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

export function colLetters(col0: number): string {
  let s = '';
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function rectAddress(r: Rect): string {
  const start = `${colLetters(r.c0)}${r.r0 + 1}`;
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${colLetters(r.c0 + r.cols - 1)}${r.r0 + r.rows}`;
}

/** `B5`, `A1:C3`, `A:A` or `2:2` → a rectangle; anything else is an invalid argument. */
export function parseAddress(address: string): Rect | null {
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const one = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
  const [a = '', b = a] = address.split(':');
  const ma = one.exec(a);
  const mb = one.exec(b);
  if (ma && mb) {
    const r0 = Number(ma[2]) - 1,
      c0 = col(ma[1] ?? ''),
      r1 = Number(mb[2]) - 1,
      c1 = col(mb[1] ?? '');
    return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
  }
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    const c0 = Math.min(col(a), col(b));
    return { r0: 0, c0, rows: MAX_ROWS, cols: Math.abs(col(b) - col(a)) + 1 };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const r0 = Math.min(Number(a), Number(b)) - 1;
    return { r0, c0: 0, rows: Math.abs(Number(b) - Number(a)) + 1, cols: MAX_COLS };
  }
  return null;
}

/** Excel serial → `dd.mm.yyyy`, the way a Russian Excel displays a date cell. */
function serialText(serial: number): string {
  const days = Math.floor(serial) - (serial > 60 ? 25569 : 25568);
  const d = new Date(days * 86400000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

function dateSerial(d: number, m: number, y: number): number {
  const days = Date.UTC(y, m - 1, d) / 86400000 + 25569;
  return days <= 60 ? days - 1 : days;
}

const isDateFmt = (f: string): boolean => /[dy]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, ''));

export function emptyCell(): FakeCell {
  return { value: '', numberFormat: 'General', fill: null };
}

/** Writes one `values` entry into a cell as Excel does when it is typed. */
export function typeInto(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  delete cell.error;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const s = String(input ?? '');
  if (s.startsWith("'")) cell.value = s.slice(1);
  else if (/^[=@]/.test(s) || /^[+-](?!\d+([.,]\d+)?$)/.test(s)) {
    cell.formula = s;
    cell.value = '';
    cell.error = '#NAME?';
  } else if (/^-?\d+([.,]\d+)?$/.test(s)) cell.value = Number(s.replace(',', '.'));
  else if (/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.test(s)) {
    const [d = 0, m = 0, y = 0] = s.split('.').map(Number);
    cell.value = dateSerial(d, m, y);
    if (cell.numberFormat === 'General') cell.numberFormat = 'dd.mm.yyyy';
  } else if (/^(true|false|истина|ложь)$/i.test(s)) cell.value = /^(true|истина)$/i.test(s);
  else if (ERRORS.has(s)) {
    cell.value = '';
    cell.error = s;
  } else cell.value = s;
}

export function valueOf(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return '';
  return cell.error ?? cell.value;
}

export function typeOf(cell: FakeCell | undefined): string {
  if (!cell) return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) ? 'Integer' : 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return cell.value === '' ? 'Empty' : 'String';
}

export function textOf(cell: FakeCell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (typeof cell.value === 'boolean') return cell.value ? 'ИСТИНА' : 'ЛОЖЬ';
  if (typeof cell.value === 'number')
    return isDateFmt(cell.numberFormat) ? serialText(cell.value) : String(cell.value).replace('.', ',');
  return cell.value;
}

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly rows: (FakeCell | undefined)[][] = [];
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  validations: FakeValidation[] = [];
  conditionals: FakeConditional[] = [];
  deleted = false;
  readonly charts: FakeChartModel[] = [];
  /** Charts ever added here: Excel names them «Диаграмма N» and never reuses a number. */
  chartSeq = 0;
  pageLayout: FakePageLayout = { orientation: 'Portrait', zoom: null };
  /** Rows frozen at the top (Worksheet.freezePanes). */
  frozenRows = 0;
  /** Row heights set explicitly, points by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  /** Ranges whose rows were autofitted, in order. */
  readonly autofits: Rect[] = [];

  constructor(public name: string) {}

  get(r: number, c: number): FakeCell | undefined {
    return this.rows[r]?.[c];
  }

  at(r: number, c: number): FakeCell {
    const row = (this.rows[r] ??= []);
    return (row[c] ??= emptyCell());
  }

  /**
   * Excel's «Insert rows» before 0-based row `at`: cells below move down, the new rows take the
   * formats of the row above, merges and range-level rules move or widen with the rows.
   */
  insertRows(at: number, n: number): void {
    const above = this.rows[at - 1] ?? [];
    const fresh = Array.from({ length: n }, () =>
      above.map((cell) =>
        cell
          ? { ...emptyCell(), numberFormat: cell.numberFormat, fill: cell.fill, ...(cell.bold ? { bold: true } : {}) }
          : undefined,
      ),
    );
    if (this.rows.length > at) this.rows.splice(at, 0, ...fresh);
    this.merges = this.merges.map((m) => afterRowInsert(m, at, n));
    for (const v of this.validations) v.rect = afterRowInsert(v.rect, at, n);
    for (const cf of this.conditionals) cf.rects = cf.rects.map((r) => afterRowInsert(r, at, n));
  }

  /** Every existing cell inside `rect`, without walking a whole-sheet rectangle cell by cell. */
  *cellsIn(rect: Rect): Generator<[number, number, FakeCell]> {
    for (let r = rect.r0; r < Math.min(this.rows.length, rect.r0 + rect.rows); r++) {
      const row = this.rows[r] ?? [];
      for (let c = rect.c0; c < Math.min(row.length, rect.c0 + rect.cols); c++) {
        const cell = row[c];
        if (cell) yield [r, c, cell];
      }
    }
  }

  /** Bounding box of cells with values (or with any content when `valuesOnly` is false). */
  used(valuesOnly: boolean): Rect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    this.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const filled = cell.value !== '' || cell.error !== undefined;
        if (!filled && (valuesOnly || (cell.fill === null && cell.numberFormat === 'General' && !cell.note))) return;
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }),
    );
    return r1 < 0 ? null : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

/** The workbook: sheets in tab order, the active sheet, and every selection made. */
export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  active = '';
  readonly selections: { sheet: string; address: string }[] = [];

  /** A sheet of plain values as a person typed or pasted them (strings stay strings). */
  addSheet(name: string, values: readonly (readonly (string | number | boolean | null)[])[] = []): FakeSheet {
    const sheet = new FakeSheet(name);
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== '') sheet.at(r, c).value = v;
      }),
    );
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  remove(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    if (this.active === sheet.name) this.active = this.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
  }
}
