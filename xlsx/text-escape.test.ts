import { Workbook } from 'exceljs';
import { escapeOoxmlText, escapeWorkbookText } from './text-escape';

test.each([
  ['Ива\u0001нова', 'Ива_x0001_нова'],
  ['звонок\u0007', 'звонок_x0007_'],
  ['a_x0041_b', 'a_x005F_x0041_b'],
  ['строка\nвторая\tтаб', 'строка\nвторая\tтаб'],
  ['_x_ и _x12_ — не escape', '_x_ и _x12_ — не escape'],
])('%j is stored as %j', (text, stored) => {
  expect(escapeOoxmlText(text)).toBe(stored);
});

test('control characters and a typed _xHHHH_ survive a write and a read; the workbook is left as it was', async () => {
  const texts = ['Ива\u0001нова\u0007 И. И.', 'a_x0041_b', 'обычный текст', '\u000Bвертикальная табуляция'];
  const wb = new Workbook();
  const ws = wb.addWorksheet('План');
  texts.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  ws.getCell(5, 1).value = { richText: [{ text: 'жирный\u0002' }, { text: ' и _x0020_' }] };

  const restore = escapeWorkbookText(wb);
  const buffer = await wb.xlsx.writeBuffer();
  restore();
  expect(texts.map((_, i) => ws.getCell(i + 1, 1).value)).toEqual(texts);

  const back = new Workbook();
  await back.xlsx.load(buffer);
  const sheet = back.getWorksheet('План');
  expect(texts.map((_, i) => sheet?.getCell(i + 1, 1).text)).toEqual(texts);
  expect(sheet?.getCell(5, 1).text).toBe('жирный\u0002 и _x0020_');
});

test('without the escape ExcelJS loses them (what this module is for)', async () => {
  const wb = new Workbook();
  wb.addWorksheet('План').getCell('A1').value = 'Ива\u0001нова a_x0041_b';
  const back = new Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  expect(back.getWorksheet('План')?.getCell('A1').text).toBe('Иванова aAb');
});
