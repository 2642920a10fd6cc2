/** One ExcelJS cell value → the grid's CellValue: dates, rich text, links, formulas, errors normalised. */
import type { CellValue as ExcelValue, RichText } from 'exceljs';
import { iso, excelSerialToIso } from '../core/grid/dates';
import type { CellValue } from '../core/grid/grid';

/** ExcelJS gives dates as UTC midnight (plus the time of day, if any): read the UTC calendar date. */
export function dateToIso(d: Date): CellValue {
  if (Number.isNaN(d.getTime())) return null;
  return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) };
}

/**
 * Whether a number format shows a date: it has day or year codes outside quoted text,
 * escapes and bracketed parts («[$-419]», «[Red]»). Time-only formats are not dates.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare);
}

function richToText(parts: readonly RichText[]): string {
  return parts.map((p) => p.text).join('');
}

/** Text of a hyperlink or of a rich text value; ExcelJS may nest rich text inside a hyperlink. */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && v !== null && 'richText' in v) {
    const parts = (v as { richText: unknown }).richText;
    if (Array.isArray(parts)) return richToText(parts as RichText[]);
  }
  return '';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A formula's cached result; a formula without one but with a broken reference reads as `#REF!`. */
function formulaResult(v: Record<string, unknown>, numFmt: string | undefined): CellValue {
  const result = v['result'];
  if (result === undefined || result === null) {
    const formula = v['formula'] ?? v['sharedFormula'];
    return typeof formula === 'string' && formula.toUpperCase().includes('#REF!') ? { error: '#REF!' } : null;
  }
  return plainValue(result, numFmt);
}

/** A value that is not a formula: a primitive, a date, an error, rich text or a hyperlink. */
function plainValue(v: unknown, numFmt: string | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    return isDateFormat(numFmt) ? { date: excelSerialToIso(v) } : v;
  }
  if (v instanceof Date) return dateToIso(v);
  if (!isObject(v)) return null;
  if (typeof v['error'] === 'string') return { error: v['error'] };
  if ('richText' in v) return textOf(v);
  if ('hyperlink' in v) return textOf(v['text']);
  if ('text' in v) return textOf(v['text']);
  return null;
}

/** The grid value of an ExcelJS cell value; `numFmt` tells dates stored as plain numbers. */
export function toCellValue(v: ExcelValue, numFmt?: string): CellValue {
  if (isObject(v) && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v || 'result' in v)) {
    return formulaResult(v, numFmt);
  }
  return plainValue(v, numFmt);
}
