/**
 * Before the first write: would Sheets refuse any rectangle we are about to write? Checking up
 * front keeps the promise «nothing changed» — a refusal halfway would leave the sheet half-marked.
 */
import type { CellRange } from '../core/grid/grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

function areaOf(range: Range): CellRange {
  return { row: range.getRow(), col: range.getColumn(), rows: range.getNumRows(), cols: range.getNumColumns() };
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    outer.row <= inner.row &&
    outer.col <= inner.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** Warning-only protections only ask the user in the UI; scripts write through them. */
const blocks = (p: Protection): boolean => !p.isWarningOnly() && !p.canEdit();

/** The A1 address of a protected area any of the rectangles touches, or null when all are writable. */
export function protectedPart(sheet: Sheet, targets: readonly CellRange[]): string | null {
  if (targets.length === 0) return null;
  const a1 = (t: CellRange): string => sheet.getRange(t.row, t.col, t.rows, t.cols).getA1Notation();
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    if (!blocks(p)) continue;
    const open = p.getUnprotectedRanges().map(areaOf);
    const shut = targets.find((t) => !open.some((o) => contains(o, t)));
    if (shut) return a1(shut);
  }
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (!blocks(p)) continue;
    const range = p.getRange();
    if (targets.some((t) => overlaps(areaOf(range), t))) return range.getA1Notation();
  }
  return null;
}
