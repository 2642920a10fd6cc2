/**
 * Text pasted from Word (one line a row, one tab a cell) → a one-sheet ExcelJS workbook.
 * Blank lines stay blank rows; every non-empty cell is written as text, nothing is guessed.
 * The sheet is laid out as Excel lays out a table pasted from Word: columns as wide as their text
 * (within bounds), the table's cells wrapped, printed landscape one page wide. The lines above the
 * table (the order, the title) stay unwrapped, as one-cell paragraphs. Rows carry their heights:
 * LibreOffice does not grow the rows of a file written by a program.
 */
import { Workbook } from 'exceljs';
import { rowHeight } from '../core/text/row-height';

/** Narrowest and widest column of the pasted table, in characters. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 45;

export function pastedTextToWorkbook(text: string, sheetName: string): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet(sheetName);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const longest: number[] = [];
  const wrapped: { row: number; cells: string[] }[] = [];
  lines.forEach((line, i) => {
    if (line === '') return;
    const cells = line.split('\t');
    // A row of the table (it has tabs) with more than one filled cell: its cells wrap and size their columns.
    const tableRow = cells.filter((c) => c !== '').length > 1;
    if (tableRow) wrapped.push({ row: i + 1, cells });
    cells.forEach((cell, j) => {
      if (cell === '') return;
      const c = ws.getCell(i + 1, j + 1);
      c.value = cell;
      if (!tableRow) return;
      c.alignment = { wrapText: true, vertical: 'top' };
      longest[j] = Math.max(longest[j] ?? 0, cell.length);
    });
  });
  const widths = Array.from(longest, (len) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (len ?? 0) + 2)));
  widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  for (const { row, cells } of wrapped) ws.getRow(row).height = rowHeight(cells, widths);
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return wb;
}
