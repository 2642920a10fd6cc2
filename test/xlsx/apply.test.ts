/** cli/xlsx-apply: core's changes become fills, notes, plain values and a linked report sheet. */
import { ValueType, Workbook, type Cell } from 'exceljs';
import type { Change } from '../../core/changes/change-set';
import { applyChanges, linkTarget, solidFill } from '../../xlsx/apply';
import { roundTrip, sheetOf } from '../helpers/workbooks';

/** Whether the cell has a solid fill (ExcelJS reads «no fill» as the pattern `none`). */
function isSolid(cell: Cell): boolean {
  const fill = cell.fill;
  return fill?.type === 'pattern' && fill.pattern === 'solid';
}

/** A plan sheet whose cells all share one style, as cells of a user's table do. */
async function userBook(): Promise<Workbook> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('План');
  for (let r = 1; r <= 3; r++) {
    for (let c = 1; c <= 3; c++) {
      const cell = ws.getCell(r, c);
      cell.value = `ячейка ${r}.${c}`;
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
    }
  }
  wb.addWorksheet("О'Нил").getCell('A1').value = 'лист с апострофом';
  return roundTrip(wb);
}

const report: Change = {
  kind: 'sheet',
  name: 'Замечания',
  rows: [
    ['№', 'Ячейка', 'Что не так'],
    [1, { text: 'B2', sheet: 'План', row: 2, col: 2 }, 'Не указан срок.'],
    [2, { text: 'A1', sheet: "О'Нил", row: 1, col: 1 }, '=ССЫЛКА'],
  ],
  widths: [5, 9, 60],
  boldRows: [1],
  rowFills: { 2: '#FFE599' },
};

describe('applyChanges', () => {
  let wb: Workbook;

  beforeAll(async () => {
    wb = await userBook();
    applyChanges(wb, [
      { kind: 'fill', sheet: 'План', row: 2, col: 2, color: '#F4CCCC' },
      { kind: 'note', sheet: 'План', row: 2, col: 2, text: 'ОКО-план\nОшибка: Не указан срок.' },
      {
        kind: 'values',
        sheet: 'План',
        row: 5,
        col: 1,
        values: [['=1+1', '+7', '-', '@x', { date: '2021-06-21' }, { error: '#REF!' }, true, 3, null]],
      },
      report,
      report,
    ]);
    wb = await roundTrip(wb);
  });

  test('a fill colours only its cell, although the cells shared a style', () => {
    const ws = sheetOf(wb, 'План');
    expect(ws.getCell('B2').fill).toEqual(solidFill('#F4CCCC'));
    expect(ws.getCell('B2').border?.top?.style).toBe('thin');
    for (const a of ['A1', 'B1', 'C3', 'A2']) expect(isSolid(ws.getCell(a))).toBe(false);
  });

  test('a note replaces the note of the cell', () => {
    const note = sheetOf(wb, 'План').getCell('B2').note;
    const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
    expect(text).toBe('ОКО-план\nОшибка: Не указан срок.');
  });

  test('values are written as values: formula-like text stays text', () => {
    const ws = sheetOf(wb, 'План');
    const row = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(5, c));
    expect(row.map((c) => c.type)).toEqual([
      ValueType.String,
      ValueType.String,
      ValueType.String,
      ValueType.String,
      ValueType.Date,
      ValueType.Error,
      ValueType.Boolean,
      ValueType.Number,
    ]);
    expect(row.map((c) => c.value)).toEqual([
      '=1+1',
      '+7',
      '-',
      '@x',
      new Date(Date.UTC(2021, 5, 21)),
      { error: '#REF!' },
      true,
      3,
    ]);
    expect(row.every((c) => c.formula === undefined)).toBe(true);
  });

  test('the report sheet is built once, with links to plan cells', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['План', "О'Нил", 'Замечания']);
    const ws = sheetOf(wb, 'Замечания');
    expect(ws.getCell('B2').value).toEqual({ formula: `HYPERLINK("#'План'!B2","B2")`, result: 'B2' });
    expect(ws.getCell('B3').value).toEqual({ formula: `HYPERLINK("#'О''Нил'!A1","A1")`, result: 'A1' });
    expect(ws.getCell('C3').value).toBe('=ССЫЛКА');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('C2').fill).toEqual(solidFill('#FFE599'));
    expect(ws.getColumn(3).width).toBe(60);
  });
});

describe('removals', () => {
  test('null fill, empty note and remove-sheet undo the marks', async () => {
    let wb = await userBook();
    applyChanges(wb, [
      { kind: 'fill', sheet: 'План', row: 1, col: 1, color: '#CFE2F3' },
      { kind: 'note', sheet: 'План', row: 1, col: 1, text: 'примечание' },
      { ...report, hidden: true },
    ]);
    wb = await roundTrip(wb);
    expect(sheetOf(wb, 'Замечания').state).toBe('hidden');
    applyChanges(wb, [
      { kind: 'fill', sheet: 'План', row: 1, col: 1, color: null },
      { kind: 'note', sheet: 'План', row: 1, col: 1, text: '' },
      { kind: 'remove-sheet', name: 'Замечания' },
      { kind: 'remove-sheet', name: 'Нет такого' },
    ]);
    wb = await roundTrip(wb);
    const a1 = sheetOf(wb, 'План').getCell('A1');
    expect(isSolid(a1)).toBe(false);
    expect(a1.note).toBeUndefined();
    expect(a1.border?.top?.style).toBe('thin');
    expect(wb.getWorksheet('Замечания')).toBeUndefined();
  });
});

test('linkTarget quotes the sheet name and doubles its quotes', () => {
  expect(linkTarget({ sheet: 'План 2025', row: 5, col: 2 })).toBe("#'План 2025'!B5");
  expect(linkTarget({ sheet: "О'Нил", row: 1, col: 28 })).toBe("#'О''Нил'!AB1");
});
