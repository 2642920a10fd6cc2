/**
 * The .xlsx book as a SheetHost: the flows that run in Google Sheets and Excel run on an ExcelJS
 * workbook in memory, for every command (check, statuses, checklists, summary). ExcelJS works in
 * memory, so the port is synchronous; nothing reaches a file until the command saves the workbook.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Change } from '../core/changes/change-set';
import type { CellValue, Grid } from '../core/grid/grid';
import type { SheetHost } from '../core/host/host';
import type { CellLook, CellRef } from '../core/marks/mark-backup';
import { ru } from '../core/messages/ru';
import { applyChanges } from './apply';
import { worksheetToGrid } from './read';

/** A sheet a flow asked for is not in the book: one Russian line, as the other hosts say it. */
export class SheetMissingError extends Error {
  constructor(readonly sheet: string) {
    super(ru.planSheet.sheetMissing(sheet));
    this.name = 'SheetMissingError';
  }
}

/** A solid fill as `#RRGGBB` (ARGB `FFRRGGBB` or plain `RRGGBB`); no fill, patterns and theme colours read as null. */
export function fillOf(cell: Cell): string | null {
  const fill = cell.fill as Cell['fill'] | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === 'string' && /^(?:[0-9A-F]{2})?[0-9A-F]{6}$/i.test(argb)
    ? `#${argb.slice(-6).toUpperCase()}`
    : null;
}

/** A note's text, plain or rich; '' when the cell has none. */
export function noteOf(cell: Cell): string {
  const note = cell.note as Cell['note'] | undefined;
  if (typeof note === 'string') return note;
  return note?.texts?.map((t) => t.text).join('') ?? '';
}

export class XlsxHost implements SheetHost {
  /** `active` is the sheet a command works on; by default the book's first sheet. */
  constructor(
    readonly workbook: Workbook,
    private readonly active: string | null = null,
  ) {}

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new SheetMissingError(name);
    return ws;
  }

  activeSheet(): string {
    return this.active ?? this.workbook.worksheets[0]?.name ?? '';
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  readGrid(sheet: string): Grid {
    return worksheetToGrid(this.sheet(sheet));
  }

  readLooks(sheet: string, cells: readonly CellRef[]): CellLook[] {
    const ws = this.sheet(sheet);
    return cells.map((c) => {
      const cell = ws.getCell(c.row, c.col);
      return { fill: fillOf(cell), note: noteOf(cell) };
    });
  }

  readToolSheet(name: string): CellValue[][] | null {
    const ws = this.workbook.getWorksheet(name);
    return ws ? worksheetToGrid(ws).values.map((row) => [...row]) : null;
  }

  apply(changes: readonly Change[]): void {
    applyChanges(this.workbook, changes);
  }

  select(): void {
    // A file has no cursor to move.
  }
}
