/**
 * The book of `oko checklists …` as a SheetHost, so the CLI runs the same core flows as Google
 * Sheets and Excel. ExcelJS works in memory, so the port is synchronous; nothing reaches the file
 * until the command saves the workbook.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { ChangeSet } from '../core/changes/change-set';
import type { CellValue, Grid } from '../core/grid/grid';
import type { SheetHost } from '../core/host/host';
import type { CellLook, CellRef } from '../core/marks/mark-backup';
import { applyChanges } from './apply';
import { worksheetToGrid } from './read';

/** The solid fill of a cell as `#RRGGBB`, or null. */
function fillOf(cell: Cell): string | null {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === 'string' && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : null;
}

function noteOf(cell: Cell): string {
  const note = cell.note;
  if (typeof note === 'string') return note;
  return note?.texts?.map((t) => t.text).join('') ?? '';
}

export class WorkbookHost implements SheetHost {
  constructor(readonly workbook: Workbook) {}

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`sheet not found: ${name}`);
    return ws;
  }

  activeSheet(): string {
    return this.workbook.worksheets[0]?.name ?? '';
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

  apply(changes: ChangeSet): void {
    applyChanges(this.workbook, changes);
  }

  select(): void {
    // A file has no cursor to move.
  }
}
