/** cli/xlsx-read: ExcelJS cells, written to .xlsx and read back, become the grid's normalised values. */
import { Workbook } from 'exceljs';
import { isoToExcelSerial } from '../../core/grid/dates';
import { colCount, type Grid } from '../../core/grid/grid';
import { isDateFormat } from '../../xlsx/cell';
import { isEmptyGrid, parseRange, workbookToGrids, worksheetToGrid } from '../../xlsx/read';
import { roundTrip, sheetOf } from '../helpers/workbooks';

describe('worksheetToGrid', () => {
  let grid: Grid;

  beforeAll(async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('План');
    ws.getCell('A1').value = new Date(Date.UTC(2021, 5, 21));
    ws.getCell('B1').value = 42;
    ws.getCell('C1').value = { richText: [{ text: 'Срок ' }, { text: 'апрель', font: { bold: true } }] };
    ws.getCell('D1').value = { formula: '1+1', result: 2 };
    ws.getCell('E1').value = { error: '#N/A' };
    ws.getCell('A2').value = { formula: '#REF!+1', result: { error: '#REF!' } };
    ws.getCell('B2').value = { formula: 'Лист2!#REF!' };
    ws.getCell('C2').value = { text: 'Приказ', hyperlink: 'https://example.org/prikaz' };
    ws.getCell('D2').value = isoToExcelSerial('2022-05-20');
    ws.getCell('D2').numFmt = 'dd.mm.yyyy';
    ws.getCell('E2').value = '=1+1';
    ws.getCell('A4').value = 'Объединённая ячейка';
    ws.mergeCells('A4:B5');
    ws.getCell('Z1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    wb.addWorksheet('Пустой');
    grid = worksheetToGrid(sheetOf(await roundTrip(wb), 'План'));
  });

  test('dates, numbers, rich text, formulas, errors and links', () => {
    expect(grid.sheet).toBe('План');
    expect(grid.values[0]).toEqual([{ date: '2021-06-21' }, 42, 'Срок апрель', 2, { error: '#N/A' }]);
    expect(grid.values[1]).toEqual([{ error: '#REF!' }, { error: '#REF!' }, 'Приказ', { date: '2022-05-20' }, '=1+1']);
  });

  test('a merged range: value in its top-left cell, the range in merges', () => {
    expect(grid.values[3]).toEqual(['Объединённая ячейка']);
    expect(grid.values[4] ?? []).toEqual([]);
    expect(grid.merges).toEqual([{ row: 4, col: 1, rows: 2, cols: 2 }]);
  });

  test('a styled empty cell does not widen the grid', () => {
    expect(colCount(grid)).toBe(5);
    expect(grid.values).toHaveLength(4);
  });
});

describe('workbookToGrids', () => {
  test('one grid per sheet, in tab order; empty sheets are empty grids', async () => {
    const wb = new Workbook();
    wb.addWorksheet('Первый').getCell('A1').value = 'x';
    wb.addWorksheet('Второй');
    const grids = workbookToGrids(await roundTrip(wb));
    expect(grids.map((g) => g.sheet)).toEqual(['Первый', 'Второй']);
    expect(grids.map(isEmptyGrid)).toEqual([false, true]);
  });
});

describe('helpers', () => {
  test('parseRange', () => {
    expect(parseRange('B2:D5')).toEqual({ row: 2, col: 2, rows: 4, cols: 3 });
    expect(parseRange('$AA$10:$AB$10')).toEqual({ row: 10, col: 27, rows: 1, cols: 2 });
    expect(parseRange('B2')).toBeNull();
  });

  test('isDateFormat', () => {
    expect(isDateFormat('dd.mm.yyyy')).toBe(true);
    expect(isDateFormat('[$-419]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('mm-dd-yy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('"day"0')).toBe(false);
    expect(isDateFormat('[Red]0')).toBe(false);
    expect(isDateFormat('h:mm')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });
});
