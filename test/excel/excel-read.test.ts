/** Reading through the adapter: Excel's types become the core's, and reads survive the 5 MB cap. */
import { FakeBook } from './fake-book';
import { PAYLOAD_LIMIT } from './fake-runtime';
import { formulaCells, rig } from './excel-fixture';

test('serial dates under a date format, errors, numbers, booleans and merges, at their sheet positions', async () => {
  const book = new FakeBook();
  const sheet = book.addSheet('План');
  // The used range starts at B3: rows and columns before it must stay in place.
  sheet.at(2, 1).value = '№';
  sheet.at(2, 2).value = 'Срок';
  sheet.at(3, 1).value = 1;
  sheet.at(3, 2).value = 44368;
  sheet.at(3, 2).numberFormat = 'dd/mm/yyyy';
  sheet.at(4, 2).value = 44368;
  sheet.at(4, 2).numberFormat = '#,##0.00';
  sheet.at(5, 2).error = '#REF!';
  sheet.at(6, 2).value = true;
  sheet.at(7, 3).value = 'хвост';
  sheet.merges = [{ r0: 7, c0: 1, rows: 1, cols: 2 }];
  const { host } = rig(book);
  const grid = await host.readGrid('План');
  expect(grid.values.slice(0, 2)).toEqual([[], []]);
  expect(grid.values[2]).toEqual([null, '№', 'Срок']);
  expect(grid.values[3]).toEqual([null, 1, { date: '2021-06-21' }]);
  expect(grid.values[4]).toEqual([null, null, 44368]);
  expect(grid.values[5]).toEqual([null, null, { error: '#REF!' }]);
  expect(grid.values[6]).toEqual([null, null, true]);
  expect(grid.values[7]).toEqual([null, null, null, 'хвост']);
  expect(grid.merges).toEqual([{ row: 8, col: 2, rows: 1, cols: 2 }]);
  expect(grid.display?.[3]?.[2]).toBe('21.06.2021');
  // Text cells are read from their values, not from what a narrow column shows.
  expect(grid.display?.[2]?.[1]).toBe('');
});

test('cells too big for one response: the first read fails, the rest comes in smaller blocks', async () => {
  const book = new FakeBook();
  const huge = 'Длинный текст мероприятия. '.repeat(120);
  book.addSheet(
    'План',
    Array.from({ length: 300 }, (_, i) => [`${i + 1}.`, huge, huge, huge]),
  );
  const { fake, host } = rig(book);
  const grid = await host.readGrid('План');
  expect(grid.values).toHaveLength(300);
  expect(grid.values[299]?.[0]).toBe('300.');
  const failed = fake.stats.syncs.filter((s) => s.failed);
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.every((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  expect(Math.max(...fake.stats.syncs.filter((s) => !s.failed).map((s) => s.response))).toBeLessThanOrEqual(
    PAYLOAD_LIMIT,
  );
});

test('more than 512 merged areas: read without merges rather than fail', async () => {
  const book = new FakeBook();
  const sheet = book.addSheet(
    'План',
    Array.from({ length: 1200 }, (_, i) => [`${i}`, 'a', 'b']),
  );
  sheet.merges = Array.from({ length: 600 }, (_, i) => ({ r0: i * 2, c0: 1, rows: 1, cols: 2 }));
  const { host } = rig(book);
  const grid = await host.readGrid('План');
  expect(grid.values).toHaveLength(1200);
  expect(grid.merges).toEqual([]);
});

test('text from data stays text: formulas, signs, dates and numbers are not reinterpreted', async () => {
  const texts = [
    '=СУММ(A1:A3)',
    '+7 (495) 123-45-67',
    '-',
    '- пункт',
    '@школа',
    "'в кавычках",
    '21.06.2021',
    '1.2',
    '15',
    'ИСТИНА',
    '#REF!',
    ' отступ',
  ];
  const { fake, host } = rig(
    (() => {
      const book = new FakeBook();
      book.addSheet('План', [['x']]);
      return book;
    })(),
  );
  await host.apply([{ kind: 'values', sheet: 'План', row: 2, col: 1, values: texts.map((t) => [t]) }]);
  await host.apply([
    { kind: 'sheet', name: 'Замечания', rows: texts.map((t) => [t, { text: 'B2', sheet: 'План', row: 2, col: 2 }]) },
  ]);
  expect(formulaCells(fake.book)).toEqual([]);
  const plan = await host.readGrid('План');
  expect(plan.values.slice(1).map((r) => r[0])).toEqual(texts);
  const list = await host.readToolSheet('Замечания');
  expect(list?.map((r) => r[0])).toEqual(texts);
  expect(fake.book.sheet('Замечания').get(0, 1)?.hyperlink).toEqual({
    documentReference: "'План'!B2",
    textToDisplay: 'B2',
  });
});

test('a date written by a fix gets a date format and reads back as the same date', async () => {
  const book = new FakeBook();
  book.addSheet('План', [['Срок']]);
  const { host } = rig(book);
  await host.apply([{ kind: 'values', sheet: 'План', row: 2, col: 1, values: [[{ date: '2024-05-20' }]] }]);
  expect((await host.readGrid('План')).values[1]).toEqual([{ date: '2024-05-20' }]);
});
