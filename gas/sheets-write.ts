/**
 * Core changes → batched Apps Script range calls: one setBackgrounds and one setNotes per sheet,
 * one setValues per rectangle of values. Data is always written as data, never as a formula.
 * Writes are planned first (sheet + rectangle), so the host can check them all before the first one.
 */
import { isDateValue, type CellRange, type CellValue } from '../core/grid/grid';
import { toRects, type FillChange, type NoteChange, type ValuesChange } from '../core/changes/change-set';
import { fillOf, isDate } from './sheets-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What `setValues` accepts for one cell. */
export type SheetInput = string | number | boolean | Date;

/** One planned range write: `undefined` cells keep what they hold. */
export interface PlannedWrite<T> {
  readonly sheet: string;
  readonly area: CellRange;
  readonly cells: readonly (readonly (T | undefined)[])[];
}

/**
 * A grid value as Sheets input. Sheets parses written strings like typed ones («2021» → number,
 * «апрель 2022» → date, «=…» → formula); the leading apostrophe keeps every string exactly as text.
 */
export function toSheetInput(v: CellValue, timeZone: string): SheetInput {
  if (v === null) return '';
  if (typeof v === 'string') return v === '' ? '' : `'${v}`;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDateValue(v)) return Utilities.parseDate(v.date, timeZone, 'yyyy-MM-dd');
  return `'${v.error}`;
}

export function sheetNamed(ss: Spreadsheet, name: string, missing: (name: string) => Error): Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw missing(name);
  return sheet;
}

/** Single-cell fills or notes as one rectangle per sheet (core's `toRects`). */
export function lookWrites<T>(
  changes: readonly { sheet: string; row: number; col: number }[],
  pick: (i: number) => T,
): PlannedWrite<T>[] {
  return [...toRects(changes, pick)].map(([sheet, rect]) => ({
    sheet,
    area: { row: rect.row, col: rect.col, rows: rect.cells.length, cols: rect.cells[0]?.length ?? 0 },
    cells: rect.cells,
  }));
}

export const fillWrites = (fills: readonly FillChange[]): PlannedWrite<string | null>[] =>
  lookWrites(fills, (i) => fills[i]?.color ?? null);
export const noteWrites = (notes: readonly NoteChange[]): PlannedWrite<string>[] =>
  lookWrites(notes, (i) => notes[i]?.text ?? '');

const hasGaps = <T>(w: PlannedWrite<T>): boolean => w.cells.some((line) => line.includes(undefined));

/** Cells of the rectangle no change touches get their current fill back, read in one call if any. */
export function writeFills(
  ss: Spreadsheet,
  writes: readonly PlannedWrite<string | null>[],
  missing: (name: string) => Error,
): void {
  for (const w of writes) {
    const range = sheetNamed(ss, w.sheet, missing).getRange(w.area.row, w.area.col, w.area.rows, w.area.cols);
    const current = hasGaps(w) ? range.getBackgrounds() : null;
    range.setBackgrounds(
      w.cells.map((line, r) => line.map((c, k) => (c !== undefined ? c : fillOf(current?.[r]?.[k] ?? '#ffffff')))),
    );
  }
}

export function writeNotes(
  ss: Spreadsheet,
  writes: readonly PlannedWrite<string>[],
  missing: (name: string) => Error,
): void {
  for (const w of writes) {
    const range = sheetNamed(ss, w.sheet, missing).getRange(w.area.row, w.area.col, w.area.rows, w.area.cols);
    const current = hasGaps(w) ? range.getNotes() : null;
    range.setNotes(w.cells.map((line, r) => line.map((c, k) => (c !== undefined ? c : (current?.[r]?.[k] ?? '')))));
  }
}

interface Block {
  sheet: string;
  row: number;
  col: number;
  values: (readonly CellValue[])[];
}

const widthOf = (b: Block): number => b.values[0]?.length ?? 0;

/** Value changes as rectangles: ragged ones split by row, blocks stacked in the same columns joined. */
export function valueWrites(changes: readonly ValuesChange[]): PlannedWrite<CellValue>[] {
  const blocks: Block[] = [];
  for (const c of changes) {
    const width = c.values[0]?.length ?? 0;
    if (c.values.every((line) => line.length === width))
      blocks.push({ sheet: c.sheet, row: c.row, col: c.col, values: [...c.values] });
    else c.values.forEach((line, i) => blocks.push({ sheet: c.sheet, row: c.row + i, col: c.col, values: [line] }));
  }
  // A stable sort: two changes of one cell keep their order, the later one wins.
  blocks.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const joined: Block[] = [];
  for (const b of blocks) {
    const last = joined[joined.length - 1];
    const stacks = last !== undefined && last.sheet === b.sheet && last.col === b.col && widthOf(last) === widthOf(b);
    if (last && stacks && last.row + last.values.length === b.row) last.values.push(...b.values);
    else joined.push({ ...b, values: [...b.values] });
  }
  const writes = joined
    .filter((b) => widthOf(b) > 0)
    .map((b) => ({
      sheet: b.sheet,
      area: { row: b.row, col: b.col, rows: b.values.length, cols: widthOf(b) },
      cells: b.values,
    }));
  return columnGroups(writes).flatMap(mergeRuns);
}

/** More runs than this in one column (cells between section rows) become one rectangle. */
const MAX_RUNS = 3;

/** Writes of the same sheet, columns and width, in row order (the list is sorted that way). */
function columnGroups(writes: readonly PlannedWrite<CellValue>[]): PlannedWrite<CellValue>[][] {
  const groups: PlannedWrite<CellValue>[][] = [];
  for (const w of writes) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (group && head && head.sheet === w.sheet && head.area.col === w.area.col && head.area.cols === w.area.cols)
      group.push(w);
    else groups.push([w]);
  }
  return groups;
}

/**
 * Many runs of one column as one setValues, so a plan's size does not set the number of calls;
 * the cells between them (`undefined`) are written back as they are. Overlapping runs stay apart.
 */
function mergeRuns(group: PlannedWrite<CellValue>[]): PlannedWrite<CellValue>[] {
  const first = group[0];
  const last = group[group.length - 1];
  if (group.length <= MAX_RUNS || !first || !last) return group;
  if (group.some((w, i) => i > 0 && w.area.row < (group[i - 1]?.area.row ?? 0) + (group[i - 1]?.area.rows ?? 0)))
    return group;
  const row = first.area.row;
  const rows = last.area.row + last.area.rows - row;
  const cells: (CellValue | undefined)[][] = Array.from({ length: rows }, () =>
    new Array<CellValue | undefined>(first.area.cols).fill(undefined),
  );
  for (const w of group) w.cells.forEach((line, i) => (cells[w.area.row - row + i] = [...line]));
  return [{ sheet: first.sheet, area: { ...first.area, row, rows }, cells }];
}

/** A cell between runs, as it is: its formula, or its value as data (text stays text). */
function keptInput(raw: unknown, formula: string): SheetInput {
  if (formula) return formula;
  if (isDate(raw) || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return typeof raw === 'string' && raw !== '' ? `'${raw}` : '';
}

export function writeValues(
  ss: Spreadsheet,
  writes: readonly PlannedWrite<CellValue>[],
  timeZone: string,
  missing: (name: string) => Error,
): void {
  for (const w of writes) {
    const range = sheetNamed(ss, w.sheet, missing).getRange(w.area.row, w.area.col, w.area.rows, w.area.cols);
    const gaps = hasGaps(w);
    const raw: unknown[][] = gaps ? range.getValues() : [];
    const formulas = gaps ? range.getFormulas() : [];
    range.setValues(
      w.cells.map((line, r) =>
        line.map((v, k) =>
          v !== undefined ? toSheetInput(v, timeZone) : keptInput(raw[r]?.[k], formulas[r]?.[k] ?? ''),
        ),
      ),
    );
  }
}
