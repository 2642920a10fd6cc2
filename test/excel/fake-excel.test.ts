/** The fake behaves like Office.js where the adapter could go wrong: it is only useful if faithful. */
import { FakeBook } from './fake-book';
import { createFakeOffice, type FakeRequestContext } from './fake-excel';

function fake(apiMinor = 18): ReturnType<typeof createFakeOffice> {
  const book = new FakeBook();
  book.addSheet('План', [['a', 'b'], ['c', 'd']]);
  return createFakeOffice(book, apiMinor);
}

test('a property is readable only after load and sync, as in Office.js', async () => {
  const f = fake();
  await f.Excel.run(async (context: FakeRequestContext) => {
    const range = context.workbook.worksheets.getItem('План').getRange('A1:B2');
    expect(() => range.values).toThrow(/call the load method/);
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([['a', 'b'], ['c', 'd']]);
    expect(() => range.text).toThrow(/PropertyNotLoaded|not available/);
  });
  expect(f.stats.syncs).toHaveLength(1);
});

test('writes are queued until sync; a failing call stops the batch, earlier calls stay done', async () => {
  const f = fake();
  await expect(
    f.Excel.run(async (context: FakeRequestContext) => {
      const ws = context.workbook.worksheets.getItem('План');
      ws.getRange('A1').values = [['x']];
      expect(f.book.sheet('План').get(0, 0)?.value).toBe('a');
      context.workbook.worksheets.getItem('Нет такого').getRange('A1').values = [['y']];
      ws.getRange('B1').values = [['z']];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
  expect(f.book.sheet('План').get(0, 0)?.value).toBe('x');
  expect(f.book.sheet('План').get(0, 1)?.value).toBe('b');
});

test('null objects, typing rules, and the 5 MB response cap', async () => {
  const f = fake();
  await f.Excel.run(async (context: FakeRequestContext) => {
    const ws = context.workbook.worksheets.getItem('План');
    const missing = ws.notes.getItemOrNullObject('A1');
    missing.load('content');
    ws.getRange('A1:A3').values = [['=1+1'], ["'=1+1"], ['05.03.2024']];
    await context.sync();
    expect(missing.isNullObject).toBe(true);
  });
  const plan = f.book.sheet('План');
  expect(plan.get(0, 0)?.formula).toBe('=1+1');
  expect(plan.get(1, 0)?.value).toBe('=1+1');
  expect(typeof plan.get(2, 0)?.value).toBe('number');
  const big = 'я'.repeat(1_400_000);
  for (let r = 0; r < 3; r++) plan.at(r, 0).value = big;
  await expect(
    f.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('План').getRange('A1:A3').load('values');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

test('without ExcelApi 1.18 the notes API fails at sync and is recorded', async () => {
  const f = fake(17);
  await expect(
    f.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('План').notes.add('A1', 'x');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
  expect(f.stats.notesTouched).toBe(1);
  expect(f.stats.unsupported).toEqual(['Worksheet.notes']);
});
