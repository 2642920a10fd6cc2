import type { ValuesChange } from '../changes/change-set';
import type { CellValue, Grid } from '../grid/grid';
import { readRegistry } from './registry';
import { linkChanges, registryChanges } from './registry-update';

const grid = (values: CellValue[][]): Grid => ({ sheet: 'Школы', values, merges: [] });

function run(values: CellValue[][]): ValuesChange[] {
  const g = grid(values);
  const read = readRegistry(g);
  if (!read.ok) throw new Error(read.message);
  const results = new Map([
    ['1', { status: 'Сдан', date: { date: '2025-05-20' } }],
    ['2', { status: 'Не открыт', date: undefined }],
  ]);
  return registryChanges(g, read.registry, results) as ValuesChange[];
}

test('only the status and date columns of school rows are written; other rows keep their cells', () => {
  const changes = run([
    ['Код ОО', 'Наименование', 'Ответственный', 'Статус', 'Дата сдачи'],
    ['1', 'А', 'Иванова', 'Разослано', null],
    [null, 'подзаголовок', null, 'заметка', 'тоже'],
    ['2', 'Б', 'Петров', 'Принят?', { date: '2025-01-01' }],
  ]);
  expect(changes).toEqual([
    { kind: 'values', sheet: 'Школы', row: 2, col: 4, values: [['Сдан'], ['заметка'], ['Не открыт']] },
    {
      kind: 'values',
      sheet: 'Школы',
      row: 2,
      col: 5,
      values: [[{ date: '2025-05-20' }], ['тоже'], [{ date: '2025-01-01' }]],
    },
  ]);
});

test('missing «Статус» and «Дата сдачи» columns are added after the last header cell', () => {
  const changes = run([
    ['Код', 'Наименование', 'E-mail'],
    ['1', 'А', 'a@b'],
    ['2', 'Б'],
  ]);
  expect(changes).toEqual([
    { kind: 'values', sheet: 'Школы', row: 1, col: 4, values: [['Статус'], ['Сдан'], ['Не открыт']] },
    { kind: 'values', sheet: 'Школы', row: 1, col: 5, values: [['Дата сдачи'], [{ date: '2025-05-20' }], [null]] },
  ]);
});

test('links of sent files go to «Ссылка»; a missing column is added', () => {
  const g = grid([
    ['Код', 'Наименование'],
    ['1', 'А'],
    ['2', 'Б'],
  ]);
  const read = readRegistry(g);
  if (!read.ok) throw new Error(read.message);
  expect(linkChanges(g, read.registry, new Map([['2', 'https://docs.google.com/x']]))).toEqual([
    { kind: 'values', sheet: 'Школы', row: 1, col: 3, values: [['Ссылка'], [null], ['https://docs.google.com/x']] },
  ]);
});
