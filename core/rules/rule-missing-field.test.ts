import { checkGrid } from '../check/check';
import type { CellValue, Grid } from '../grid/grid';

const HEADER = ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственные', 'Результат'];
const err = (error: string): CellValue => ({ error });

function issuesOf(rows: CellValue[][]): { cell: string; rule: string; severity: string; message: string }[] {
  const grid: Grid = { sheet: 'План', values: [HEADER, ...rows], merges: [] };
  const outcome = checkGrid(grid);
  if (!outcome.ok) throw new Error('no plan');
  return outcome.issues.map((i) => ({
    cell: `${'ABCDE'[(i.col ?? 0) - 1] ?? '?'}${i.row}`,
    rule: i.rule,
    severity: i.severity,
    message: i.message,
  }));
}

test('a formula error in a plan field is an error at its cell, named as the lost value it is', () => {
  const issues = issuesOf([
    ['1', 'Совещание', err('#DIV/0!'), 'Иванова И. И.', 'Протокол'],
    ['2', err('#REF!'), 'Октябрь 2025', err('#N/A'), 'Справка'],
    ['3', 'Наблюдение', 'Апрель 2026', 'Сидорова С. С.', err('#REF!')],
  ]);
  const at = (cell: string) => issues.filter((i) => i.cell === cell);
  expect(at('C2')).toEqual([
    {
      cell: 'C2',
      rule: 'missing-deadline',
      severity: 'error',
      message: expect.stringContaining('В графе «Сроки» ошибка формулы #DIV/0!'),
    },
  ]);
  expect(at('B3')).toEqual([expect.objectContaining({ rule: 'missing-activity', severity: 'error' })]);
  expect(at('D3')).toEqual([expect.objectContaining({ rule: 'missing-responsible', severity: 'error' })]);
  expect(at('E4')).toEqual([
    expect.objectContaining({ rule: 'missing-result', severity: 'error', message: expect.stringContaining('#REF!') }),
  ]);
  expect(issues.filter((i) => i.rule === 'deadline-unparsed')).toEqual([]);
});

test('a plan without formula errors gets no such message', () => {
  const issues = issuesOf([['1', 'Совещание', 'Сентябрь 2025', 'Иванова И. И.', 'Протокол']]);
  expect(issues.filter((i) => i.message.includes('ошибка формулы'))).toEqual([]);
});
