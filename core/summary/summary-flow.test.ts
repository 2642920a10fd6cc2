/** «Сводная справка» on the in-memory host: what it reads, the one apply, the sheet and the chart. */
import type { ChartChange } from '../changes/change-set';
import { runSync } from '../commands/flow';
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { bookWithChecklists, plainHost, TODAY, trackedHost } from '../../test/summary/summary-fixture';
import { summaryFlow } from './summary-flow';

const SHEET = 'Сводная справка';
const texts = (rows: readonly (readonly CellValue[])[]): string[] =>
  rows.flat().filter((v): v is string => typeof v === 'string');

test('reads the plan and the book once, then one apply; the plan cells stay as they were', () => {
  const host = bookWithChecklists();
  const plan = JSON.stringify(host.sheet('План').values);
  const r = runSync(host, summaryFlow(TODAY));
  expect(r.ok).toBe(true);
  expect(host.calls).toEqual([
    'activeSheet',
    'readGrid',
    'readToolSheet',
    'readToolSheet',
    'readToolSheet',
    'readToolSheet',
    'readToolSheet',
    // «Объективность ВПР», for the справка's section on it.
    'readToolSheet',
    'readToolSheet',
    'apply',
  ]);
  expect(JSON.stringify(host.sheet('План').values)).toBe(plan);
  expect(r.written).toBe(SHEET);
  expect(r.data?.plan.items).toBe(18);
});

test('rebuilding gives the same sheet and one chart, never a second sheet', () => {
  const host = bookWithChecklists();
  runSync(host, summaryFlow(TODAY, 'План'));
  const first = JSON.stringify(host.sheet(SHEET));
  const sheets = [...host.sheets.keys()];
  runSync(host, summaryFlow(TODAY, 'План'));
  expect(JSON.stringify(host.sheet(SHEET))).toBe(first);
  expect([...host.sheets.keys()]).toEqual(sheets);
  expect(host.sheet(SHEET).rules.filter((c) => c.kind === 'chart')).toHaveLength(1);
});

test('the chart is bound to the indicator rows of the sheet: codes in A, «Да» shares in G', () => {
  const host = bookWithChecklists();
  const r = runSync(host, summaryFlow(TODAY, 'План'));
  const chart = host.sheet(SHEET).rules.find((c): c is ChartChange => c.kind === 'chart');
  if (!chart || !r.data?.chart) throw new Error('no chart');
  const values = host.sheet(SHEET).values;
  const column = (col: number, range: ChartChange['valueRange']): CellValue[] =>
    Array.from({ length: range.rows }, (_, i) => values[range.row - 1 + i]?.[col - 1] ?? null);
  expect(chart.categoryRange.col).toBe(1);
  expect(column(1, chart.categoryRange)).toEqual([...r.data.chart.categories]);
  expect(column(chart.valueRange.col, chart.valueRange)).toEqual([...r.data.chart.values]);
  expect(chart.categories).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9']);
  expect(chart.row).toBeGreaterThan(chart.valueRange.row + chart.valueRange.rows);
  expect(values.length).toBeGreaterThan(chart.row + 10);
});

test('a plan without statuses and a book without checklists: each section says so, no chart', () => {
  const host = plainHost();
  const r = runSync(host, summaryFlow(TODAY, 'План'));
  expect(r.data?.plan.tracked).toBe(false);
  expect(r.data?.checklists).toEqual({ state: 'none' });
  const words = texts(host.sheet(SHEET).values);
  expect(words).toContain(ru.summary.empty.statuses);
  expect(words).toContain(ru.summary.empty.overdueUntracked);
  expect(words).toContain(ru.summary.empty.checklists);
  expect(words).toContain(
    'План включает 18 мероприятий; статусы выполнения ещё не ведутся, поэтому сведений о выполнении и просрочке нет.',
  );
  expect(words.some((w) => /^Из \d+ мероприяти/.test(w))).toBe(false);
  expect(host.sheet(SHEET).rules).toEqual([]);
});

test('a tracked plan without checklists', () => {
  const host = trackedHost();
  const r = runSync(host, summaryFlow(TODAY, 'План'));
  expect(r.data?.sentences[0]).toBe(
    'Из 18 мероприятий плана выполнено 3 (17\u00A0%), в работе — 2 (11\u00A0%), не начато — 11 (61\u00A0%), перенесено — 1 (6\u00A0%), отменено — 1 (5\u00A0%).',
  );
  expect(texts(host.sheet(SHEET).values)).toContain(ru.summary.empty.checklists);
});

test('the summary sheet is never taken for the plan; a user sheet of that name is left alone', () => {
  const host = trackedHost();
  expect(runSync(host, summaryFlow(TODAY, SHEET))).toMatchObject({
    ok: false,
    message: ru.summary.flow.toolSheet(SHEET),
  });
  host.sheets.set(SHEET, { values: [['Моя справка']], fills: new Map(), notes: new Map(), hidden: false, rules: [] });
  const r = runSync(host, summaryFlow(TODAY, 'План'));
  expect(r.written).toBe('Сводная справка ОКО-план');
  expect(host.sheet(SHEET).values).toEqual([['Моя справка']]);
});

test('a sheet without a plan is refused with the reason', () => {
  const host = trackedHost();
  host.sheets.set('Пусто', { values: [], fills: new Map(), notes: new Map(), hidden: false, rules: [] });
  expect(runSync(host, summaryFlow(TODAY, 'Пусто'))).toMatchObject({ ok: false, data: null, written: null });
  expect(host.calls).not.toContain('apply');
});
