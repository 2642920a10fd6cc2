/**
 * Runs of fills in the Excel adapter (excel-fills.ts): dense ones as one setCellProperties over
 * their rectangle, leaving the cells in between as they were; sparse runs, removed fills and
 * Excel without ExcelApi 1.9 one call per cell — the same cells coloured either way.
 */
import type { FillChange } from '../../core/changes/change-set';
import { bookOf, rig } from './excel-fixture';

const fill = (row: number, col: number, color: string | null, sheet = 'План'): FillChange => ({
  kind: 'fill',
  sheet,
  row,
  col,
  color,
});

/** Colours by `row:col` after applying `fills` to a 4×4 sheet whose B2 is already yellow. */
async function applied(
  fills: FillChange[],
  apiMinor = 18,
): Promise<{ colors: Map<string, string>; calls: Map<string, number> }> {
  const book = bookOf([
    ['a', 'b', 'c', 'd'],
    ['e', 'f', 'g', 'h'],
    ['i', 'j', 'k', 'l'],
    ['m', 'n', 'o', 'p'],
  ]);
  const sheet = book.sheet('План');
  sheet.at(1, 1).fill = { color: '#FFFF00', pattern: 'Solid' };
  const { fake, host } = rig(book, apiMinor);
  await host.apply(fills);
  expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
  const colors = new Map<string, string>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => cell?.fill && colors.set(`${r + 1}:${c + 1}`, cell.fill.color)),
  );
  return { colors, calls: fake.stats.calls };
}

const DENSE = [
  fill(1, 1, '#C6EFCE'),
  fill(1, 3, '#FFC7CE'),
  fill(3, 1, '#FFEB9C'),
  fill(3, 3, '#C6EFCE'),
  fill(1, 1, '#FFEB9C'),
];
const EXPECTED = new Map([
  ['1:1', '#FFEB9C'],
  ['1:3', '#FFC7CE'],
  ['2:2', '#FFFF00'],
  ['3:1', '#FFEB9C'],
  ['3:3', '#C6EFCE'],
]);

test('a dense run: one setCellProperties, cells between kept, the later of two fills of a cell wins', async () => {
  const { colors, calls } = await applied(DENSE);
  expect(colors).toEqual(EXPECTED);
  expect([calls.get('setCellProperties'), calls.get('fill.color')]).toEqual([1, undefined]);
});

test('ExcelApi 1.8: the same colours, one call per cell', async () => {
  const { colors, calls } = await applied(DENSE, 8);
  expect(colors).toEqual(EXPECTED);
  expect([calls.get('setCellProperties'), calls.get('fill.color')]).toEqual([undefined, 5]);
});

test('a run that removes a fill, or a sparse one: one call per cell', async () => {
  const cleared = await applied([fill(2, 2, null), fill(1, 1, '#C6EFCE')]);
  expect(cleared.colors).toEqual(new Map([['1:1', '#C6EFCE']]));
  expect([
    cleared.calls.get('fill.clear'),
    cleared.calls.get('fill.color'),
    cleared.calls.get('setCellProperties'),
  ]).toEqual([1, 1, undefined]);
  const sparse = await applied([fill(1, 1, '#C6EFCE'), fill(40, 30, '#FFC7CE')]);
  expect(sparse.colors.get('40:30')).toBe('#FFC7CE');
  expect([sparse.calls.get('fill.color'), sparse.calls.get('setCellProperties')]).toEqual([2, undefined]);
});
