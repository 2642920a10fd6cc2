/** The fake behaves like Office.js where the adapter could go wrong: it is only useful if faithful. */
import { FakeBook } from './fake-book';
import { createFakeOffice, type FakeRequestContext } from './fake-excel';

function fake(apiMinor = 18): ReturnType<typeof createFakeOffice> {
  const book = new FakeBook();
  book.addSheet('План', [
    ['a', 'b'],
    ['c', 'd'],
  ]);
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
    expect(range.values).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
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

test('data validation: a rule over cells with another rule is refused until cleared; 1.8 is required', async () => {
  const f = fake();
  const rule = { list: { inCellDropDown: true, source: 'Да,Нет' } };
  await f.Excel.run(async (context: FakeRequestContext) => {
    const dv = context.workbook.worksheets.getItem('План').getRange('A1:A2').dataValidation;
    dv.rule = rule;
    dv.errorAlert = { showAlert: true, style: 'Warning', title: 't', message: 'm' };
    await context.sync();
  });
  await expect(
    f.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('План').getRange('A2:A3').dataValidation.rule = rule;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidOperation' });
  await f.Excel.run(async (context: FakeRequestContext) => {
    const dv = context.workbook.worksheets.getItem('План').getRange('A2:A3').dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: 'Один,Два' } };
    const first = context.workbook.worksheets.getItem('План').getRange('A1').dataValidation.load('type,errorAlert');
    await context.sync();
    expect(first.errorAlert).toMatchObject({ style: 'Warning' });
  });
  expect(f.book.sheet('План').validations.map((v) => [v.rect, v.rule.list.source])).toEqual([
    [{ r0: 0, c0: 0, rows: 1, cols: 1 }, 'Да,Нет'],
    [{ r0: 1, c0: 0, rows: 2, cols: 1 }, 'Один,Два'],
  ]);
  expect(f.stats.count('dataValidation.rule')).toBe(2);

  const old = fake(7);
  await expect(
    old.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('План').getRange('A1').dataValidation.rule = rule;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
  expect(old.stats.unsupported).toEqual(['Range.dataValidation']);
});

test('conditional formats: add with a text rule, count, clearAll trims what reaches outside; 1.6 is required', async () => {
  const f = fake();
  await f.Excel.run(async (context: FakeRequestContext) => {
    const ws = context.workbook.worksheets.getItem('План');
    const text = ws.getRange('A1:A10').conditionalFormats.add('ContainsText').textComparison;
    text.rule = { operator: 'BeginsWith', text: 'Просрочено' };
    text.format.fill.color = '#f4cccc';
    ws.getRange('A1:A4').conditionalFormats.clearAll();
    const count = ws.getRange('A5').conditionalFormats.getCount();
    const none = ws.getRange('A1:A4').conditionalFormats.getCount();
    expect(() => count.value).toThrow(/not available/);
    await context.sync();
    expect([count.value, none.value]).toEqual([1, 0]);
  });
  expect(f.book.sheet('План').conditionals).toEqual([
    {
      rects: [{ r0: 4, c0: 0, rows: 6, cols: 1 }],
      type: 'ContainsText',
      rule: { operator: 'BeginsWith', text: 'Просрочено' },
      fill: '#F4CCCC',
    },
  ]);
  await expect(
    f.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('План').getRange('B1').conditionalFormats.add('DataBar').textComparison.rule =
        { operator: 'BeginsWith', text: 'x' };
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidOperation' });
  const old = fake(5);
  await expect(
    old.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('План').getRange('A1').conditionalFormats.clearAll();
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});

test('number formats: sized to the range, null leaves a cell as it is; inserted rows move cells and rules', async () => {
  const f = fake();
  await expect(
    f.Excel.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('План').getRange('A1:A2').numberFormat = [['0.00']];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  await f.Excel.run(async (context: FakeRequestContext) => {
    const ws = context.workbook.worksheets.getItem('План');
    ws.getRange('B1:B2').numberFormat = [[null], ['dd.mm.yyyy']];
    ws.getRange('B1:B2').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,y' } };
    ws.getRange('2:2').insert('Down');
    await context.sync();
  });
  const plan = f.book.sheet('План');
  expect(plan.rows.map((r) => r.map((c) => c?.value ?? ''))).toEqual([
    ['a', 'b'],
    ['', ''],
    ['c', 'd'],
  ]);
  expect(plan.get(0, 1)?.numberFormat).toBe('General');
  // The new row takes the formats of the row above; the row that moved keeps its own.
  expect([plan.get(1, 1)?.numberFormat, plan.get(2, 1)?.numberFormat]).toEqual(['General', 'dd.mm.yyyy']);
  expect(plan.validations.map((v) => v.rect)).toEqual([{ r0: 0, c0: 1, rows: 3, cols: 1 }]);
});
