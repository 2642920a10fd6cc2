/** An ExcelJS workbook → one Grid per worksheet, in tab order. Values are read once, normalised. */
import { ValueType, type Workbook, type Worksheet } from 'exceljs';
import type { CellRange, CellValue, Grid } from '../core/grid/grid';
import { toCellValue } from './cell';

/** `B2` → row 2, col 2. */
function parseAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** `A1:B2` → a 1-based CellRange; a single cell or a malformed reference gives null. */
export function parseRange(ref: string): CellRange | null {
  const [from, to] = ref.split(':');
  const a = from ? parseAddress(from) : null;
  const b = to ? parseAddress(to) : null;
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

function isEmpty(v: CellValue): boolean {
  return v === null || v === '';
}

/**
 * One worksheet → Grid. Only cells with content count: styled empty cells and whole-row formats
 * do not widen the grid; each row ends at its last non-empty cell, the grid at its last non-empty row.
 * Cells covered by a merge (other than its top-left) read as empty: the value sits in the top-left.
 */
export function worksheetToGrid(ws: Worksheet): Grid {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ValueType.Merge) return;
      const v = toCellValue(cell.value, cell.numFmt);
      if (isEmpty(v)) return;
      while (line.length < colNumber - 1) line.push(null);
      line[colNumber - 1] = v;
    });
    if (line.length === 0) return;
    while (values.length < rowNumber - 1) values.push([]);
    values[rowNumber - 1] = line;
  });
  const merges: CellRange[] = [];
  // `model` serialises the whole sheet: ask for it only when there are merges.
  for (const ref of ws.hasMerges ? ws.model.merges : []) {
    const range = parseRange(ref);
    if (range) merges.push(range);
  }
  return { sheet: ws.name, values, merges };
}

export function workbookToGrids(wb: Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}

/** Whether a grid holds nothing at all. */
export function isEmptyGrid(grid: Grid): boolean {
  return grid.values.every((row) => row.every((v) => isEmpty(v)));
}
