import { journalChanges, type JournalRun } from './journal';

const run: JournalRun = {
  when: '2025-05-20T10:00:00+03:00',
  who: 'ivanova',
  action: 'Сбор чек-листов',
  summary: 'Итог',
  entries: [{ file: '101.xlsx', code: '101', outcome: 'Карантин', details: '=причина' }],
};
const rows = [
  ['20.05.2025 10:00', 'ivanova', 'Сбор чек-листов', null, null, 'Итог', null],
  ['20.05.2025 10:00', 'ivanova', 'Сбор чек-листов', '101.xlsx', '101', 'Карантин', '=причина'],
];

test('the first run creates the sheet with its header', () => {
  expect(journalChanges(null, run)).toMatchObject([
    {
      kind: 'sheet',
      freezeRows: 1,
      print: { orientation: 'landscape', titleRows: 1 },
      name: 'Журнал',
      rows: [['Когда', 'Кто', 'Действие', 'Файл', 'Код ОО', 'Итог', 'Подробности'], ...rows],
      widths: expect.any(Array),
      boldRows: [1],
    },
  ]);
});

test('later runs append below the last row, never rewriting it', () => {
  const existing = [['Когда'], ['a'], ['b']];
  expect(journalChanges(existing, run)).toEqual([{ kind: 'values', sheet: 'Журнал', row: 4, col: 1, values: rows }]);
  expect(journalChanges([], run)[0]).toMatchObject({ kind: 'values', row: 1 });
});
