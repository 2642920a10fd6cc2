/**
 * The .xlsx file as a SheetHost: the same flows that run in Google Sheets and Excel run on an
 * ExcelJS workbook in memory. Translation only; the caller saves the workbook.
 */
import type { Workbook } from 'exceljs';
import type { Change } from '../core/changes/change-set';
import type { CellValue, Grid } from '../core/grid/grid';
import type { SheetHost } from '../core/host/host';
import type { CellLook, CellRef } from '../core/marks/mark-backup';
import { applyChanges } from './apply';
import { worksheetToGrid } from './read';

/** `FFRRGGBB` or `RRGGBB` → `#RRGGBB`; theme colours and no fill read as null. */
function fillColor(fill: unknown): string | null {
  if (typeof fill !== 'object' || fill === null || !('fgColor' in fill)) return null;
  const argb = (fill as { fgColor?: { argb?: string } }).fgColor?.argb;
  return typeof argb === 'string' && /^[0-9A-F]{6,8}$/i.test(argb) ? `#${argb.slice(-6).toUpperCase()}` : null;
}

export class XlsxHost implements SheetHost {
  constructor(
    private readonly wb: Workbook,
    private readonly sheet: string,
  ) {}

  activeSheet(): string {
    return this.sheet;
  }

  readGrid(sheet: string): Grid {
    const ws = this.wb.getWorksheet(sheet);
    return ws ? worksheetToGrid(ws) : { sheet, values: [], merges: [] };
  }

  readLooks(sheet: string, cells: readonly CellRef[]): CellLook[] {
    const ws = this.wb.getWorksheet(sheet);
    return cells.map((c) => {
      const cell = ws?.getCell(c.row, c.col);
      const note = cell?.note;
      return { fill: fillColor(cell?.fill), note: typeof note === 'string' ? note : '' };
    });
  }

  readToolSheet(name: string): CellValue[][] | null {
    const ws = this.wb.getWorksheet(name);
    return ws ? worksheetToGrid(ws).values.map((r) => [...r]) : null;
  }

  apply(changes: readonly Change[]): void {
    applyChanges(this.wb, changes);
  }

  select(): void {
    // A file has no cursor.
  }
}
