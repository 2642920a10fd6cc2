/** The report says where a measure's row is best selected: «Статус» once tracked, else the activity. */
import type { CellValue, Grid } from '../grid/grid';
import { checkGrid } from '../check/check';
import { statusReport } from './status-report';
import { planTracking } from './tracking-plan';

const PLAN: CellValue[][] = [
  ['План мероприятий на 2024-2025 учебный год'],
  ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
  ['1', 'Приказ о проведении ВПР', 'март', 'Управление образования'],
  ['2', 'Анализ результатов ВПР', 'май', 'ИМЦ'],
];

function parsed(values: CellValue[][]): {
  grid: Grid;
  plan: Extract<ReturnType<typeof checkGrid>, { ok: true }>['plan'];
} {
  const grid: Grid = { sheet: 'План', values, merges: [] };
  const checked = checkGrid(grid);
  if (!checked.ok) throw new Error(checked.problem.message);
  return { grid, plan: checked.plan };
}

test('before tracking: no «Статус» column, the activity column instead', () => {
  const { grid, plan } = parsed(PLAN);
  expect(statusReport(plan, grid, '2025-03-20').columns).toEqual({ status: null, activity: 2 });
});

test('the run that adds «Статус» already reports its column, and so does every later read', () => {
  const { grid, plan } = parsed(PLAN);
  const outcome = planTracking(plan, grid, '2025-03-20', { enable: true });
  expect(outcome.ok && outcome.report.columns).toEqual({ status: 5, activity: 2 });
  const tracked = PLAN.map((r, i) =>
    i === 1 ? [...r, 'Статус', 'Контрольный срок', 'Отметка о выполнении', 'Контроль'] : r,
  );
  const again = parsed(tracked);
  expect(statusReport(again.plan, again.grid, '2025-03-20').columns).toEqual({ status: 5, activity: 2 });
});
