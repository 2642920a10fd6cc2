/** The plan's figures equal the status report's: totals, sections, executors, the two lists. */
import { statusReport } from '../status/status-report';
import { readPlan } from '../plan/read-plan';
import { plainHost, TODAY, trackedHost } from '../../test/summary/summary-fixture';
import { planSummary } from './plan-summary';

function report(host = trackedHost()) {
  const grid = host.readGrid('План');
  const read = readPlan(grid);
  if (!read.ok) throw new Error(read.problem.message);
  return { plan: read.plan, report: statusReport(read.plan, grid, TODAY, 14) };
}

const OPTIONS = { tracked: true, upcomingDays: 30, dueSoonDays: 14 };

test('totals by status and «Контроль» are the status report totals, with whole per cent', () => {
  const { report: r } = report();
  const p = planSummary(r, OPTIONS);
  expect(p.items).toBe(18);
  expect(Object.fromEntries((p.statuses ?? []).map((s) => [s.id, s.count]))).toEqual(r.totals.status);
  expect(Object.fromEntries((p.controls ?? []).map((s) => [s.id, s.count]))).toEqual(r.totals.control);
  expect(p.statuses?.find((s) => s.id === 'done')).toEqual({ id: 'done', label: 'Выполнено', count: 3, percent: 17 });
  expect(p.controls?.find((s) => s.id === 'due-soon')?.label).toBe('Срок в ближайшие 14 дней');
});

test('by section in plan order; by executor with «Не указан» for empty cells', () => {
  const p = planSummary(report().report, OPTIONS);
  expect(p.sections.map((s) => [s.title, s.items, s.done, s.overdue])).toEqual([
    ['Диагностическая деятельность', 3, 1, 0],
    ['Информационно- аналитическая деятельность', 4, 1, 1],
    ['Контрольная деятельность', 4, 0, 0],
    [expect.stringMatching(/^Мероприятия в отношении/), 7, 1, 2],
  ]);
  expect(p.responsible).toEqual([
    { name: 'ЦОКО ИМЦ', items: 15, overdue: 3 },
    { name: 'Не указан', items: 3, overdue: 0 },
  ]);
});

test('overdue: most days first; upcoming: the next 30 days, neither done nor cancelled', () => {
  const p = planSummary(report().report, OPTIONS);
  expect(p.overdue?.map((m) => [m.row, m.number, m.days, m.controlDate])).toEqual([
    [31, '10', 25, '2022-02-28'],
    [19, '2', 24, '2022-03-01'],
    [36, '13', 7, '2022-03-18'],
  ]);
  expect(p.upcoming.map((m) => [m.row, m.days])).toEqual([[34, 6]]);
});

test('without statuses only what the plan says: no totals, no overdue, the upcoming deadlines', () => {
  const { report: r } = report(plainHost());
  const p = planSummary(r, { ...OPTIONS, tracked: false });
  expect(p.statuses).toBeNull();
  expect(p.controls).toBeNull();
  expect(p.overdue).toBeNull();
  expect(p.sections.every((s) => s.done === null && s.overdue === null)).toBe(true);
  expect(p.responsible.every((s) => s.overdue === null)).toBe(true);
  expect(p.upcoming.map((m) => m.row)).toEqual([34, 38]);
});
