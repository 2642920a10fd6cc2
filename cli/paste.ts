/**
 * Text pasted from Word (one line a row, one tab a cell) → a one-sheet ExcelJS workbook.
 * Blank lines stay blank rows; every non-empty cell is written as text, nothing is guessed.
 */
import { Workbook } from 'exceljs';

export function pastedTextToWorkbook(text: string, sheetName: string): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet(sheetName);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (line === '') return;
    line.split('\t').forEach((cell, j) => {
      if (cell !== '') ws.getCell(i + 1, j + 1).value = cell;
    });
  });
  return wb;
}
