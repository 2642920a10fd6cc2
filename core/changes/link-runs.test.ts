import type { OutputValue } from './change-set';
import { linkRuns } from './link-runs';

const a = { text: 'a', url: 'https://a.ru' };
const b = { text: 'b — https://b.ru', url: 'https://b.ru' };

test('one run per column from the first link to the last; text and empty cells between ride along', () => {
  const rows: OutputValue[][] = [
    ['Код', 'Ссылка', 'Комментарий'],
    ['1', a, null],
    ['2', null, 'текст'],
    ['3', b, b],
    ['4', 'после', null],
  ];
  expect(linkRuns(rows)).toEqual([
    { row: 2, col: 2, cells: [a, '', b] },
    { row: 4, col: 3, cells: [b] },
  ]);
});

test('a number, a date or an in-book link between links splits the run; a sheet without links has none', () => {
  const rows: OutputValue[][] = [
    [a],
    [5],
    [a],
    [{ date: '2025-05-20' }],
    [b],
    [{ text: 'План!A1', sheet: 'План', row: 1, col: 1 }],
    [a],
  ];
  expect(linkRuns(rows).map((r) => [r.row, r.cells.length])).toEqual([
    [1, 1],
    [3, 1],
    [5, 1],
    [7, 1],
  ]);
  expect(linkRuns([['x', 1, null]])).toEqual([]);
});
