/**
 * The Google Sheets side of the host port. Translation, batching and limits only: every decision
 * about what to mark, back up or restore was made in core.
 */
import type { CellValue, Grid } from '../core/grid/grid';
import type { Change, FillChange, NoteChange, SheetChange, ValuesChange } from '../core/changes/change-set';
import type { SheetHost } from '../core/host/host';
import type { CellLook, CellRef } from '../core/marks/mark-backup';
import { ru } from '../core/messages/ru';
import { UserFacingError } from './failure';
import { protectedPart } from './protection-check';
import { fillOf, readSheetGrid, readToolValues } from './sheets-read';
import { fillWrites, noteWrites, sheetNamed, valueWrites, writeFills, writeNotes, writeValues, type PlannedWrite } from './sheets-write';
import { writeToolSheet } from './tool-sheet-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const missingSheet = (name: string): Error => new UserFacingError(ru.gas.sheetMissing(name));

interface ChangesByKind {
  readonly sheets: SheetChange[];
  readonly values: ValuesChange[];
  readonly fills: FillChange[];
  readonly notes: NoteChange[];
  readonly removed: string[];
}

function byKind(changes: readonly Change[]): ChangesByKind {
  const out: ChangesByKind = { sheets: [], values: [], fills: [], notes: [], removed: [] };
  for (const c of changes) {
    if (c.kind === 'sheet') out.sheets.push(c);
    else if (c.kind === 'values') out.values.push(c);
    else if (c.kind === 'fill') out.fills.push(c);
    else if (c.kind === 'note') out.notes.push(c);
    else if (c.kind === 'remove-sheet') out.removed.push(c.name);
    else throw new Error(`Sheets adapter: change «${c.kind}» is not applied yet`);
  }
  return out;
}

export class SheetsHost implements SheetHost {
  constructor(private readonly ss: Spreadsheet) {}

  private sheet(name: string): Sheet {
    return sheetNamed(this.ss, name, missingSheet);
  }

  activeSheet(): string {
    return this.ss.getActiveSheet().getName();
  }

  readGrid(sheet: string): Grid {
    return readSheetGrid(this.sheet(sheet), this.ss.getSpreadsheetTimeZone());
  }

  /** One getBackgrounds and one getNotes over the bounding rectangle of the cells. */
  readLooks(sheet: string, cells: readonly CellRef[]): CellLook[] {
    if (cells.length === 0) return [];
    const row = cells.reduce((m, c) => Math.min(m, c.row), Infinity);
    const col = cells.reduce((m, c) => Math.min(m, c.col), Infinity);
    const rows = cells.reduce((m, c) => Math.max(m, c.row), 0) - row + 1;
    const cols = cells.reduce((m, c) => Math.max(m, c.col), 0) - col + 1;
    const range = this.sheet(sheet).getRange(row, col, rows, cols);
    const fills = range.getBackgrounds();
    const notes = range.getNotes();
    return cells.map((c) => ({
      fill: fillOf(fills[c.row - row]?.[c.col - col] ?? '#ffffff'),
      note: notes[c.row - row]?.[c.col - col] ?? '',
    }));
  }

  readToolSheet(name: string): CellValue[][] | null {
    const sheet = this.ss.getSheetByName(name);
    return sheet ? readToolValues(sheet, this.ss.getSpreadsheetTimeZone()) : null;
  }

  /**
   * Order matters if the script is stopped halfway: tool sheets (with the backup of original
   * looks) first, then the plan's cells, then removals; so a backup never lags behind a mark.
   */
  apply(changes: readonly Change[]): void {
    const parts = byKind(changes);
    const fills = fillWrites(parts.fills);
    const notes = noteWrites(parts.notes);
    const values = valueWrites(parts.values);
    this.refuseProtected([...fills, ...notes, ...values]);
    const timeZone = this.ss.getSpreadsheetTimeZone();
    const active = parts.sheets.length ? this.ss.getActiveSheet() : null;
    let inserted = false;
    for (const c of parts.sheets) inserted = writeToolSheet(this.ss, c, timeZone) || inserted;
    writeValues(this.ss, values, timeZone, missingSheet);
    writeFills(this.ss, fills, missingSheet);
    writeNotes(this.ss, notes, missingSheet);
    for (const name of parts.removed) {
      const old = this.ss.getSheetByName(name);
      if (old) this.ss.deleteSheet(old);
    }
    // Sheets activates a sheet it inserts: bring the user back to the plan.
    if (inserted && active && !parts.removed.includes(active.getName())) active.activate();
  }

  select(sheet: string, row: number, col: number): void {
    this.sheet(sheet).getRange(row, col).activate();
  }

  /** All planned writes of the user's sheets are checked before the first one is made. */
  private refuseProtected(writes: readonly PlannedWrite<unknown>[]): void {
    const bySheet = new Map<string, PlannedWrite<unknown>[]>();
    for (const w of writes) {
      const list = bySheet.get(w.sheet) ?? [];
      list.push(w);
      bySheet.set(w.sheet, list);
    }
    for (const [name, list] of bySheet) {
      const part = protectedPart(this.sheet(name), list.map((w) => w.area));
      if (part) throw new UserFacingError(ru.gas.protectedCells(name, part));
    }
  }
}
