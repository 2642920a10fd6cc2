/**
 * A tool-owned sheet («Замечания», the hidden `_oko_marks`, an imported Word plan) rebuilt in place
 * with a fixed number of calls: one setValues for all rows, one call each for widths runs, bold
 * rows, row fills and each wrapped column; merged areas in one Sheets API call (sheets-merge.ts).
 */
import { a1 } from '../core/grid/grid';
import {
  isCellLink,
  isUrlLink,
  type CellLink,
  type ColumnsChange,
  type OutputValue,
  type SheetChange,
} from '../core/changes/change-set';
import { linkRuns } from '../core/changes/link-runs';
import { writeMergeAreas } from './sheets-merge';
import { toSheetInput, type SheetInput } from './sheets-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Widths come in characters; Sheets wants pixels. */
const PIXELS_PER_CHAR = 7;
const PADDING = 10;

/** Our own formula, the only one the tool ever writes: a link to a cell of this spreadsheet. */
export function linkFormula(link: CellLink, sheetId: number | null): string {
  const text = link.text.replace(/"/g, '""');
  if (sheetId === null) return `'${link.text}`;
  // Apps Script takes formulas in the en-US syntax whatever the spreadsheet's locale: commas.
  return `=HYPERLINK("#gid=${sheetId}&range=${a1(link.row, link.col)}","${text}")`;
}

function cellInput(ss: Spreadsheet, v: OutputValue, timeZone: string, ids: Map<string, number | null>): SheetInput {
  if (isUrlLink(v)) return toSheetInput(v.text, timeZone);
  if (!isCellLink(v)) return toSheetInput(v, timeZone);
  if (!ids.has(v.sheet)) ids.set(v.sheet, ss.getSheetByName(v.sheet)?.getSheetId() ?? null);
  return linkFormula(v, ids.get(v.sheet) ?? null);
}

/** The sheet emptied of content and formats, or a new one at the end of the book. */
function freshSheet(ss: Spreadsheet, name: string): { sheet: Sheet; inserted: boolean } {
  const old = ss.getSheetByName(name);
  if (!old) return { sheet: ss.insertSheet(name, ss.getNumSheets()), inserted: true };
  old.clearContents();
  old.clearFormats();
  return { sheet: old, inserted: false };
}

/** New sheets start at 1000×26: grow the grid before writing past it, or setValues fails. */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** One setColumnWidths per run of equal widths. */
export function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i < widths.length && widths[i] === widths[start]) continue;
    sheet.setColumnWidths(start + 1, i - start, Math.round((widths[start] ?? 10) * PIXELS_PER_CHAR + PADDING));
    start = i;
  }
}

/** Bold rows and row fills as one rectangle each, from the first to the last row they name. */
function styleRows<T>(
  rows: readonly number[],
  width: number,
  pick: (row: number) => T | null,
  write: (r0: number, cells: (T | null)[][]) => void,
): void {
  if (rows.length === 0 || width === 0) return;
  // Reduce, not spread: a big plan's report has more rows than a call may take arguments.
  const r0 = rows.reduce((m, r) => Math.min(m, r), Infinity);
  const r1 = rows.reduce((m, r) => Math.max(m, r), 0);
  const cells: (T | null)[][] = [];
  for (let r = r0; r <= r1; r++) cells.push(new Array<T | null>(width).fill(pick(r)));
  write(r0, cells);
}

/** A sheet rebuilt in place loses its old merges first: they would cut the new ones. */
function writeMerges(ss: Spreadsheet, sheet: Sheet, change: SheetChange, inserted: boolean): void {
  const merges = (change.merges ?? []).filter((m) => m.rows * m.cols > 1);
  if (merges.length === 0) return;
  if (!inserted) sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
  writeMergeAreas(ss, sheet, merges);
}

/** Web links as rich text with a link (never a formula): one setRichTextValues per run of a column. */
function writeUrlLinks(sheet: Sheet, rows: SheetChange['rows']): void {
  for (const run of linkRuns(rows)) {
    const cells = run.cells.map((c) => {
      const b = SpreadsheetApp.newRichTextValue().setText(typeof c === 'string' ? c : c.text);
      return [typeof c === 'string' ? b.build() : b.setLinkUrl(c.url).build()];
    });
    sheet.getRange(run.row, run.col, cells.length, 1).setRichTextValues(cells);
  }
}

/** Rebuild one tool sheet; true when it had to be inserted (Sheets then makes it the active sheet). */
export function writeToolSheet(ss: Spreadsheet, change: SheetChange, timeZone: string): boolean {
  const { sheet, inserted } = freshSheet(ss, change.name);
  const width = change.rows.reduce((w, line) => Math.max(w, line.length), 1);
  const ids = new Map<string, number | null>();
  if (change.rows.length > 0) {
    ensureSize(sheet, change.rows.length, width);
    const cells = change.rows.map((line) => {
      const out = line.map((v) => cellInput(ss, v, timeZone, ids));
      while (out.length < width) out.push('');
      return out;
    });
    sheet.getRange(1, 1, cells.length, width).setValues(cells);
    writeUrlLinks(sheet, change.rows);
  }
  writeMerges(ss, sheet, change, inserted);
  if (change.widths?.length) setWidths(sheet, change.widths);
  const bold = new Set(change.boldRows ?? []);
  styleRows(
    [...bold],
    width,
    (r) => (bold.has(r) ? 'bold' : null),
    (r0, cells) => {
      sheet.getRange(r0, 1, cells.length, width).setFontWeights(cells);
    },
  );
  const fills = change.rowFills ?? {};
  styleRows(
    Object.keys(fills).map(Number),
    width,
    (r) => fills[r] ?? null,
    (r0, cells) => {
      sheet.getRange(r0, 1, cells.length, width).setBackgrounds(cells);
    },
  );
  // One setWrap per column. Page setup (orientation, fit to width, repeated rows) has no Apps Script
  // call: Sheets asks for it in its print dialog, and rows grow with wrapped text by themselves.
  for (const col of change.wrapCols ?? [])
    if (change.rows.length > 0) sheet.getRange(1, col, change.rows.length, 1).setWrap(true);
  for (const r of change.centred ?? []) sheet.getRange(r.row, r.col, r.rows, r.cols).setHorizontalAlignment('center');
  if (change.rows.length > 0) sheet.getRange(1, 1, change.rows.length, width).setVerticalAlignment('top');
  sheet.setFrozenRows(change.freezeRows ?? 0);
  if (change.hidden && !sheet.isSheetHidden()) sheet.hideSheet();
  if (!change.hidden && sheet.isSheetHidden()) sheet.showSheet();
  return inserted;
}

/** Widths and wrapping of columns the tool added to a user's sheet: one call per run of widths, one setWrap. */
export function writeColumns(sheet: Sheet, c: ColumnsChange): void {
  let start = 0;
  for (let i = 1; i <= c.widths.length; i++) {
    if (i < c.widths.length && c.widths[i] === c.widths[start]) continue;
    sheet.setColumnWidths(c.col + start, i - start, Math.round((c.widths[start] ?? 10) * PIXELS_PER_CHAR + PADDING));
    start = i;
  }
  if (c.wrapRows > 0) sheet.getRange(1, c.col, c.wrapRows, c.widths.length).setWrap(true);
}
