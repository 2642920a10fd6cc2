import type { CellValue } from '../grid/grid';
import { indicatorTotals } from './indicator-totals';
import { makeTemplate } from './template';

const template = makeTemplate('CL', [
  { id: '1', text: 'Приказ', type: 'choice', required: true, hint: '' },
  { id: '2', text: 'Наблюдатели', type: 'number', required: true, hint: '' },
]);

test('counts per answer, empties among the counted schools, share of «Да» to one decimal', () => {
  const sets: CellValue[][] = [
    ['Да', 3],
    ['Нет', 0],
    ['Частично', null],
    ['Да', null],
    ['Да', 1],
    [null, 2],
  ];
  expect(indicatorTotals(template, sets)).toEqual([
    { id: '1', text: 'Приказ', type: 'choice', yes: 3, no: 1, partial: 1, empty: 1, base: 6, yesPercent: 50 },
    { id: '2', text: 'Наблюдатели', type: 'number', yes: 4, no: 0, partial: 0, empty: 2, base: 6, yesPercent: 66.7 },
  ]);
});

test('no school counted: no share at all rather than 0 %', () => {
  expect(indicatorTotals(template, []).map((t) => [t.base, t.yesPercent])).toEqual([
    [0, null],
    [0, null],
  ]);
});
