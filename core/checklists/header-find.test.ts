import type { CellValue, Grid } from '../grid/grid';
import { findHeader, foldName, type ColumnSpec } from './header-find';

const specs: ColumnSpec<'code' | 'name' | 'mail'>[] = [
  { role: 'code', pattern: /^код/, required: true },
  { role: 'name', pattern: /^наименовани/, required: true },
  { role: 'mail', pattern: /^e-?mail|^почта/, required: false },
];
const grid = (values: CellValue[][]): Grid => ({ sheet: 'S', values, merges: [] });

test('the first row naming every required column, below titles; optional columns when present', () => {
  expect(
    findHeader(grid([['Реестр'], ['Код школы'], ['КОД ОО', ' Наименование\u00a0ОО', null, 'Почта']]), specs),
  ).toEqual({ row: 3, cols: { code: 1, name: 2, mail: 4 }, lastCol: 4 });
  expect(findHeader(grid([['Код', 'Школа']]), specs)).toBeNull();
});

test('only the first rows are searched', () => {
  const rows: CellValue[][] = [...Array.from({ length: 20 }, () => ['текст']), ['Код', 'Наименование']];
  expect(findHeader(grid(rows), specs)).toBeNull();
  expect(findHeader(grid(rows), specs, 30)?.row).toBe(21);
});

test('names are folded: case, ё, spaces', () => {
  expect(foldName('  Ответственный  ЁЖ\u00a0')).toBe('ответственный еж');
});
