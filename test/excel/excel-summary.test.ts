/**
 * «Сводная справка» through the Excel adapter on the fake: built twice on a book with a tracked
 * plan and collected checklists, it leaves one summary sheet with one chart bound to the codes and
 * the «Да» shares, the plan untouched, numbers equal to core's summaryData and constant syncs;
 * without ExcelApi 1.7 no chart API is touched and the message says why.
 */
import { runAsync } from '../../core/commands/flow';
import { isCellLink } from '../../core/changes/change-set';
import { ru } from '../../core/messages/ru';
import { readPlan } from '../../core/plan/read-plan';
import { readChecklistSummary } from '../../core/summary/summary-flow';
import { spravkaChanges } from '../../core/summary/spravka-sheet';
import { summaryData } from '../../core/summary/summary-data';
import { planMemory, runSummary } from '../../office-addin/summary/summary-run';
import { rig, snapshot } from './excel-fixture';
import type { FakeSheet } from './fake-book';
import { SUMMARY_TODAY, summaryBook } from './summary-excel-fixture';

const SHEET = ru.summary.sheetName;
const toRect = (r: {
  row: number;
  col: number;
  rows: number;
  cols: number;
}): { r0: number; c0: number; rows: number; cols: number } => ({
  r0: r.row - 1,
  c0: r.col - 1,
  rows: r.rows,
  cols: r.cols,
});

test('built twice: one sheet, one bound chart, the plan untouched, core’s numbers, constant syncs', async () => {
  const r = await summaryBook();
  const { book, stats } = r.fake;
  const before = snapshot(book.sheet('План'));
  const memory = planMemory();

  const syncs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const from = stats.syncs.length;
    const result = await runSummary(r.host, SUMMARY_TODAY, memory);
    expect(result.ok).toBe(true);
    expect(result.message).toBe(ru.summary.flow.done(SHEET, '20.03.2025'));
    syncs.push(stats.syncs.length - from);
    // A tool sheet open: the plan remembered from the last run is used.
    book.active = SHEET;
  }
  // First build 3: the open sheet's name, every sheet's name and the plan in one sync, the checklist
  // sheets together in one, the write in one. Rebuilds, with the summary sheet open: its name and
  // grid (unused), the remembered plan with the tool sheets, the old chart to remove, the write.
  // Rebuilds read «Реквизиты» (added by the first build) in one more sync: 5, whatever the plan's size.
  expect(syncs).toEqual([3, 5, 5]);
  expect(stats.syncs.every((s) => !s.failed)).toBe(true);
  expect(stats.unsupported).toEqual([]);

  expect(book.sheets.filter((s) => s.name.startsWith(SHEET)).map((s) => s.name)).toEqual([SHEET]);
  expect(snapshot(book.sheet('План'))).toEqual(before);

  // What core computes from the same book.
  const grid = await r.host.readGrid('План');
  const read = readPlan(grid);
  if (!read.ok) throw new Error(read.problem.message);
  const checklists = await runAsync(r.host, readChecklistSummary());
  const data = summaryData({ plan: read.plan, grid, today: SUMMARY_TODAY, checklists });
  expect(checklists.state).toBe('collected');
  const [sheetChange, chartChange] = spravkaChanges(data, SHEET);
  if (sheetChange?.kind !== 'sheet' || chartChange?.kind !== 'chart') throw new Error('no sheet or chart change');

  const summary: FakeSheet = book.sheet(SHEET);
  let numbers = 0;
  sheetChange.rows.forEach((line, i) =>
    line.forEach((v, j) => {
      const got = summary.get(i, j)?.value ?? '';
      if (typeof v === 'number') {
        numbers++;
        expect({ at: `${i + 1}:${j + 1}`, got }).toEqual({ at: `${i + 1}:${j + 1}`, got: v });
      } else if (typeof v === 'string' && v !== '') expect(got).toBe(v);
      else if (isCellLink(v)) expect(got).toBe(v.text);
    }),
  );
  expect(numbers).toBeGreaterThan(20);
  const text = data.sentences.join(' ');
  expect(text).toMatch(/^Из 6 мероприятий плана выполнено 2 \(33\s%\)/);

  expect(summary.charts).toHaveLength(1);
  const chart = summary.charts[0];
  expect(chart).toMatchObject({
    type: 'BarClustered',
    seriesBy: 'Columns',
    values: toRect(chartChange.valueRange),
    categories: toRect(chartChange.categoryRange),
    // No title: the heading above the chart says what it shows; values on the bars instead.
    title: '',
    valueLabels: true,
    seriesName: ru.summary.chartSeries,
    legendVisible: false,
    valueMin: 0,
    valueMax: 100,
    topLeft: `A${chartChange.row}`,
    width: 510,
    height: 255,
  });
  // The bound cells hold the codes (column A) and the shares (column G) of the chart's data.
  const cats = toRect(chartChange.categoryRange);
  const vals = toRect(chartChange.valueRange);
  expect(cats.c0).toBe(0);
  expect(vals.c0).toBe(6);
  expect(Array.from({ length: cats.rows }, (_, i) => String(summary.get(cats.r0 + i, 0)?.value))).toEqual(
    chartChange.categories,
  );
  expect(Array.from({ length: vals.rows }, (_, i) => summary.get(vals.r0 + i, 6)?.value)).toEqual(chartChange.values);

  // Long text wraps, rows fit it once per build, the page is landscape and one page wide.
  for (const col of sheetChange.wrapCols ?? [])
    expect(summary.get(1, col - 1)?.wrap ?? summary.get(3, col - 1)?.wrap).toBe(true);
  expect(summary.autofits).toHaveLength(3);
  expect(summary.pageLayout).toEqual({
    orientation: 'Landscape',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });
}, 120_000);

test('without ExcelApi 1.7: no chart API touched, the sheet written, the message says so', async () => {
  const built = await summaryBook();
  const r = rig(built.fake.book, 6);
  const result = await runSummary(r.host, SUMMARY_TODAY, planMemory());
  expect(result.ok).toBe(true);
  expect(result.message).toBe(`${ru.summary.flow.done(SHEET, '20.03.2025')} ${ru.excel.summary.chartUnsupported}`);
  expect(r.fake.stats.chartsTouched).toBe(0);
  expect(r.fake.stats.count('chart')).toBe(0);
  expect(r.fake.stats.count('charts.')).toBe(0);
  expect(r.fake.stats.unsupported).toEqual([]);
  expect(r.fake.book.sheet(SHEET).charts).toHaveLength(0);
  // ExcelApi 1.9 missing too: no page setup, rows still fitted.
  expect(r.fake.book.sheet(SHEET).pageLayout.zoom).toBeNull();
  expect(r.fake.book.sheet(SHEET).autofits).toHaveLength(1);
}, 120_000);

test('a tool sheet open and no plan remembered: core finds the plan in the book', async () => {
  const r = await summaryBook();
  r.fake.book.active = 'Школы';
  const result = await runSummary(r.host, SUMMARY_TODAY, planMemory());
  expect(result).toMatchObject({ ok: true, sheet: 'План', message: ru.summary.flow.done(SHEET, '20.03.2025') });
  expect(r.fake.book.find(SHEET)).toBeDefined();
}, 120_000);
