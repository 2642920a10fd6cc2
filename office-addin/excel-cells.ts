/**
 * Translation between Office.js cell data and the core's grid: serial dates, errors, display
 * text, merged-area addresses, and strings written so that Excel keeps them as text.
 */
import { excelSerialToIso, isoToExcelSerial } from '../core/grid/dates';
import { a1, isDateValue, isErrorValue, type CellRange, type CellValue } from '../core/grid/grid';

/** What Office.js accepts in `range.values`. */
export type ExcelWrite = string | number | boolean;

/** The number format the adapter gives a date it writes. */
export const DATE_FORMAT = 'dd.mm.yyyy';

/** Whether an (en-US) Excel number format shows a date rather than a number or a time. */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '' || /^general$/i.test(format)) return false;
  // Quoted text, [colour]/[$-locale] blocks and escaped characters are literals, not date codes.
  const codes = (format.split(';')[0] ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/[dy]/i.test(codes)) return true;
  return /m/i.test(codes) && !/[hs]/i.test(codes);
}

/** One loaded cell → the core's value: serial dates under a date format become `{ date }`. */
export function toCellValue(value: unknown, type: string | undefined, format: unknown): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number') return isDateFormat(format) && value >= 1 ? { date: excelSerialToIso(value) } : value;
  if (typeof value === 'boolean') return value;
  return String(value);
}

/** Display text worth keeping: text cells read from their values, and `####` is a narrow column. */
export function displayText(text: unknown, type: string | undefined): string {
  if (typeof text !== 'string' || type === 'String' || type === 'Empty' || /^#+$/.test(text)) return '';
  return text;
}

const BOOLEAN_WORDS = /^(true|false|истина|ложь)$/i;

/**
 * Excel parses `values` as if typed: `=…` becomes a formula, «1.2» or «Октябрь 2020» a date.
 * A leading apostrophe keeps such a string as text; plain words are written as they are.
 */
export function textToWrite(s: string): string {
  if (s === '') return s;
  const risky = /^[=+\-@'#]/.test(s) || /\d/.test(s) || /^\s|\s$/.test(s) || BOOLEAN_WORDS.test(s);
  return risky ? `'${s}` : s;
}

/** A core value as Office.js gets it; dates go as serials (the caller sets DATE_FORMAT). */
export function toExcelWrite(v: CellValue): ExcelWrite {
  if (v === null) return '';
  if (typeof v === 'string') return textToWrite(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDateValue(v)) return isoToExcelSerial(v.date);
  return isErrorValue(v) ? textToWrite(v.error) : '';
}

/** Column letters → number: A → 1, AA → 27. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `A1:C3` of a 1-based rectangle. */
export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  const start = a1(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${a1(row + rows - 1, col + cols - 1)}`;
}

/** `'Plan'!B5`: a link target inside the book, quotes in the sheet name doubled. */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1(row, col)}`;
}

const AREA = /(?:'(?:[^']|'')*'|[^'!,\s][^'!,]*)!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;

/** RangeAreas address (`Sheet1!A1:B2, Sheet1!D4`) → 1-based rectangles. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const c0 = colNumber(m[1] ?? 'A');
    const r0 = Number(m[2]);
    const c1 = m[3] ? colNumber(m[3]) : c0;
    const r1 = m[4] ? Number(m[4]) : r0;
    out.push({
      row: Math.min(r0, r1),
      col: Math.min(c0, c1),
      rows: Math.abs(r1 - r0) + 1,
      cols: Math.abs(c1 - c0) + 1,
    });
  }
  return out;
}

/** UTF-8 length of a string, as TextEncoder gives it (IE11 has no TextEncoder; no copy is made). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is sent as U+FFFD, three bytes
  }
  return bytes;
}

/** Size of a value on the wire, as UTF-8 JSON: what counts against Excel's 5 MB caps. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}
