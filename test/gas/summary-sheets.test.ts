/**
 * «Сводная справка» on the Sheets fake with the built Code.js: a tracked plan (seed 002) and a
 * collected checklist book, made through the menu as an official would; the summary run twice
 * from a tool sheet. One summary sheet with one native chart over its own cells, the plan
 * untouched, the numbers those of core on the same cells, a Google Doc next to the checklists with
 * the same paragraph, the .docx offered in a dialog; range calls the same on every run.
 */
import { runSync } from '../../core/commands/flow';
import type { CellValue } from '../../core/grid/grid';
import { ru } from '../../core/messages/ru';
import { summaryFlow } from '../../core/summary/summary-flow';
import { MemoryHost } from '../helpers/memory-host';
import { seedGrid } from '../helpers/seeds';
import { docxText } from '../summary/docx-text';
import { createAppsScript } from './fake-apps-script';
import { cellsOf, emailOf, fillAs, fullAnswers, schoolName, ZONE } from './checklist-scene';
import type { CallLog } from './fake-sheet';
import { zonedDate } from './fake-time';
import { buildGas, loadGas, looks, toSheetValues, useFakeClock, type Built, type Gas } from './gas-harness';

const TODAY = '2022-03-25';
const at = (day: number, hour = 10): number => Date.UTC(2022, 2, day, hour - 3);
const SUMMARY = ru.summary.sheetName;
const CODES = ['101', '102', '103', '104'];
const STATUS = 6;
const EVIDENCE = 8;

/** Seed 002 tracked through the menu with a few statuses typed, then 4 schools of which 3 answered. */
function scene(built: Built): Gas {
  const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar }, ZONE));
  useFakeClock(gas);
  gas.fake.clock.now = at(10);
  const plan = gas.fake.book.addSheet(
    'План',
    toSheetValues(seedGrid('002_54f4a90b33e7accb.txt').values, (iso) => {
      const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
      return zonedDate(y, m, d, ZONE);
    }),
  );
  gas.run('menuEnableTracking');
  for (const [row, status] of [
    [16, 'Выполнено'],
    [21, 'Выполнено'],
    [19, 'В работе'],
    [29, 'Отменено'],
  ] as const) {
    plan.getRange(row, STATUS).setValue(status);
    if (status === 'Выполнено') plan.getRange(row, EVIDENCE).setValue(`Справка к строке ${row}`);
  }
  gas.run('menuChecklistsPrepare');
  gas.fake.book
    .sheet('Школы')
    .load([[], ...CODES.map((c) => [Number(c), schoolName(c), `Иванова И. И. (${c})`, emailOf(c)])]);
  gas.run('menuChecklistsSend');
  fillAs(gas, '101', at(12), { answers: fullAnswers('Да') });
  fillAs(gas, '102', at(13), { answers: fullAnswers('Нет') });
  fillAs(gas, '103', at(14), { answers: { ...fullAnswers('Да'), '2.2': 'Частично', '2.3': 'Нет' } });
  gas.fake.clock.now = at(20);
  gas.run('menuChecklistsCollect');
  plan.activate();
  gas.run('menuRefreshTracking');
  gas.fake.clock.now = at(25);
  // The official runs it from a tool sheet: the plan comes from «Статусы → Обновить».
  gas.fake.book.sheet('Школы').activate();
  return gas;
}

const RANGE_CALLS = [
  'getValues',
  'getDisplayValues',
  'getFormulas',
  'getMergedRanges',
  'getBackgrounds',
  'getNotes',
  'setValues',
  'setBackgrounds',
  'setNotes',
  'setFontWeights',
  'setWrap',
  'setNumberFormat',
  'setDataValidation',
];
const CHART_CALLS = [
  'getCharts',
  'removeChart',
  'insertChart',
  'chart.getAs',
  'DocumentApp.create',
  'body.appendTable',
  'body.appendImage',
  'Drive.Files.update',
  'showModalDialog',
];

/**
 * A rebuild: the plan read once (values, display text, merges), «Школы», «Чек-лист», «Свод
 * чек-листов» and the old summary read once each; the summary written by one setValues, one
 * setFontWeights, one setBackgrounds and one setWrap per wrapped column (3); the looks of the
 * plan untouched but the note with the Doc's link (setNote, 1 cell); the old chart removed and one
 * inserted; one appendTable per table of the справка, one picture, one move of the Doc.
 */
const RERUN = {
  // The plan, «Школы», «Чек-лист» and its hidden «_oko_template», «Свод чек-листов», the old
  // summary and «Реквизиты».
  getValues: 7,
  getDisplayValues: 1,
  getMergedRanges: 1,
  setValues: 1,
  setFontWeights: 1,
  setBackgrounds: 1,
  setWrap: 3,
  setNotes: 1,
  getCharts: 2,
  removeChart: 1,
  insertChart: 1,
  'chart.getAs': 1,
  'DocumentApp.create': 1,
  'body.appendTable': 9,
  'body.appendImage': 1,
  'Drive.Files.update': 1,
  showModalDialog: 1,
};

function counts(log: CallLog, names: readonly string[]): Record<string, number> {
  return Object.fromEntries(names.map((n) => [n, log.count(n)]).filter(([, k]) => k !== 0));
}

/** Rows without their trailing blanks, blank rows kept: how the fake and the memory host compare. */
const trimmed = (rows: readonly (readonly CellValue[])[]): CellValue[][] =>
  rows.map((r) => {
    const line = r.map((v) => (v === undefined || v === '' ? null : v));
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    return line;
  });

/** Core on the same cells: the plan and the book's sheets as the fake holds them. */
function coreOn(gas: Gas): MemoryHost {
  const host = new MemoryHost('План', cellsOf(gas.fake.book.sheet('План')));
  for (const name of ['Школы', 'Чек-лист', 'Свод чек-листов']) {
    host.sheets.set(name, {
      values: cellsOf(gas.fake.book.sheet(name)),
      fills: new Map(),
      notes: new Map(),
      hidden: false,
      rules: [],
    });
  }
  return host;
}

let built: Built;
beforeAll(() => {
  built = buildGas();
});

test('twice from a tool sheet: one summary sheet, one chart over its own cells, the plan untouched, core’s numbers, a Doc and a .docx each time', async () => {
  const gas = scene(built);
  const book = gas.fake.book;
  const plan = book.sheet('План');
  const before = { values: cellsOf(plan), looks: looks(plan) };
  const sheetsBefore = book.sheets.map((s) => s.name);
  const host = coreOn(gas);
  const expected = runSync(host, summaryFlow(TODAY, 'План'));
  if (!expected.data?.chart) throw new Error('core made no chart');

  const runs: Record<string, number>[] = [];
  for (let k = 0; k < 2; k++) {
    gas.fake.log.reset();
    await gas.run('menuSummary');
    runs.push({ ...counts(gas.fake.log, RANGE_CALLS), ...counts(gas.fake.log, CHART_CALLS) });
    expect(gas.fake.ui.alerts).toEqual([]);
  }

  expect(book.sheets.map((s) => s.name)).toEqual([...sheetsBefore, 'Реквизиты', SUMMARY]);
  expect(book.getActiveSheet().getName()).toBe('Школы');
  const summary = book.sheet(SUMMARY);
  expect(trimmed(cellsOf(summary))).toEqual(trimmed(host.sheet(SUMMARY).values));
  expect(cellsOf(plan)).toEqual(before.values);
  expect(looks(plan)).toEqual(before.looks);

  expect(summary.charts).toHaveLength(1);
  const [chart] = summary.charts;
  const want = host.sheet(SUMMARY).rules.find((c) => c.kind === 'chart');
  if (!chart || want?.kind !== 'chart') throw new Error('no chart');
  expect(chart.ranges).toEqual([want.categoryRange, want.valueRange]);
  expect(chart.position).toEqual({ row: want.row, col: want.col, x: 0, y: 0 });
  expect(chart.options.get('hAxis')).toEqual({ viewWindow: { min: 0, max: 100 } });
  expect(chart.type).toBe('BAR');
  const column = (range: typeof want.valueRange): CellValue[] =>
    cellsOf(summary)
      .slice(range.row - 1, range.row - 1 + range.rows)
      .map((r) => r[range.col - 1] ?? null);
  expect(column(want.categoryRange).map(String)).toEqual([...expected.data.chart.categories]);
  expect(column(want.valueRange)).toEqual([...expected.data.chart.values]);

  // A Doc per run (a справка is dated), in the folder of the checklists, its link on the summary sheet.
  const paragraph = expected.data.sentences.map((s, i) => `${i + 1}) ${s}`).join('\n');
  expect(paragraph).toMatch(/\d/);
  expect(gas.fake.docs).toHaveLength(2);
  const folder = gas.fake.documentProperties.getProperty('oko.checklists.folder');
  for (const doc of gas.fake.docs) {
    expect(doc.getName()).toBe(`Сводная справка — План мероприятий — 25.03.2022`);
    expect(doc.item.parents).toEqual([folder]);
    expect(doc.body.text()).toContain(paragraph);
    expect(doc.body.attributes).toMatchObject({ FONT_FAMILY: 'Times New Roman', FONT_SIZE: 14 });
    expect(doc.body.elements.filter((e) => 'blob' in e)).toHaveLength(1);
    expect(doc.closed).toBe(true);
  }
  expect(summary.peek(1, 1)?.note).toBe(ru.gas.summary.docNote(gas.fake.docs[1]?.getUrl() ?? ''));
  expect(book.toasts.slice(-1)[0]).toEqual({
    message: ru.gas.summary.done(expected.message, 'Сводная справка — План мероприятий — 25.03.2022'),
    title: 'ОКО-план',
    seconds: 10,
  });

  const dialog = gas.fake.ui.dialogs[1]?.html.getContent() ?? '';
  expect(dialog).toContain(gas.fake.docs[1]?.getUrl());
  const base64 =
    /data:application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document;base64,([A-Za-z0-9+/=]+)/.exec(
      dialog,
    )?.[1];
  if (!base64) throw new Error(`no .docx link in ${dialog.slice(0, 300)}`);
  const docx = await docxText(new Uint8Array(Buffer.from(base64, 'base64')));
  expect(docx).toContain(paragraph);

  // Calls per run, whatever the plan's size: the first run has no old summary sheet to read or
  // chart to remove; otherwise both runs are alike.
  const { removeChart, ...first } = RERUN;
  expect(removeChart).toBe(1);
  // The first run also adds «Реквизиты» (one setValues, bold and shaded header, two wrapped columns).
  expect(runs[0]).toEqual({
    ...first,
    getValues: RERUN.getValues - 2,
    setValues: RERUN.setValues + 1,
    setFontWeights: RERUN.setFontWeights + 1,
    setBackgrounds: RERUN.setBackgrounds + 1,
    setWrap: RERUN.setWrap + 2,
  });
  expect(runs[1]).toEqual(RERUN);
});

test('from a tool sheet with no plan remembered: one Russian alert, nothing written', async () => {
  const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar }, ZONE));
  gas.fake.book.addSheet('Замечания', [['Замечания']]);
  await gas.run('menuSummary');
  expect(gas.fake.ui.alerts).toEqual([{ title: 'ОКО-план', message: ru.summary.flow.toolSheet('Замечания') }]);
  expect(gas.fake.book.sheets.map((s) => s.name)).toEqual(['Замечания']);
  expect(gas.fake.docs).toEqual([]);
});

test('from the plan itself, with no checklists: the sheet says so, no chart, the Doc says the same', async () => {
  const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar }, ZONE));
  useFakeClock(gas);
  gas.fake.clock.now = at(25);
  gas.fake.book.addSheet(
    'План',
    toSheetValues(seedGrid('002_54f4a90b33e7accb.txt').values, () => new Date(0)),
  );
  await gas.run('menuSummary');
  expect(gas.fake.ui.alerts).toEqual([]);
  const summary = gas.fake.book.sheet(SUMMARY);
  expect(summary.charts).toEqual([]);
  expect(cellsOf(summary).flat()).toContain(ru.summary.empty.checklists);
  expect(gas.fake.docs[0]?.body.text()).toContain(ru.summary.empty.checklists);
  // No checklists folder and the book out of `drive.file`'s sight: the Doc stays in My Drive.
  expect(gas.fake.docs[0]?.item.parents).toEqual(['root']);
  expect(gas.fake.ui.dialogs[0]?.html.getContent()).toContain('base64,');
});
