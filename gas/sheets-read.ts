/**
 * Apps Script values → the core grid model. Dates become `{ date }` by the spreadsheet's time
 * zone (not the script's), error results become `{ error }`, empty cells become null.
 */
import type { CellRange, CellValue, Grid } from '../core/grid/grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|SPILL!|CALC!)$/;

/** A Date made in another realm (the tests run the bundle in a vm) fails `instanceof`: check the tag. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** One cell: `raw` from getValues, `shown` from getDisplayValues ('' when not read). */
export function toCellValue(raw: unknown, shown: string, timeZone: string): CellValue {
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) return shown || null;
    const iso = Utilities.formatDate(raw, timeZone, 'yyyy-MM-dd');
    // Times of day and durations arrive as dates of 1899: keep the text the user sees.
    return iso < '1900' ? shown || null : { date: iso };
  }
  if (shown && ERROR_TEXT.test(shown) && (typeof raw !== 'string' || raw === shown)) return { error: shown };
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return shown || null;
}

function areaOf(range: Range): CellRange {
  return { row: range.getRow(), col: range.getColumn(), rows: range.getNumRows(), cols: range.getNumColumns() };
}

/** The used range of a sheet in three reads: values, display text, merged areas. */
export function readSheetGrid(sheet: Sheet, timeZone: string): Grid {
  const range = sheet.getDataRange();
  const raw: unknown[][] = range.getValues();
  const shown = range.getDisplayValues();
  const merges = range.getMergedRanges().map(areaOf);
  const values = raw.map((line, r) => line.map((v, c) => toCellValue(v, shown[r]?.[c] ?? '', timeZone)));
  return { sheet: sheet.getName(), values, display: shown, merges };
}

/** A tool-owned sheet's values in one read; its cells hold only what the tool wrote. */
export function readToolValues(sheet: Sheet, timeZone: string): CellValue[][] {
  const raw: unknown[][] = sheet.getDataRange().getValues();
  return raw.map((line) => line.map((v) => toCellValue(v, '', timeZone)));
}

/** Unmarked cells read back `#ffffff`: keep them as «no fill», so a restore does not paint white over banding. */
export function fillOf(background: string): string | null {
  return background.toLowerCase() === '#ffffff' ? null : background;
}
