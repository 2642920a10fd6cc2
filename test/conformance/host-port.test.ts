/**
 * One suite for the host port, run on the Sheets fake, the Excel fake and the ExcelJS host: check →
 * clear marks, fix → undo, statuses enable → refresh, a tool sheet rebuilt twice, the plan choice.
 * Each host is held to core's answer, and at the end the three are held to each other, cell by cell.
 */
import { checkGrid } from '../../core/check/check';
import { markedCol } from '../../core/changes/marks';
import { checkFlow, clearMarksFlow, fixFlow, undoFlow } from '../../core/commands/check-flows';
import { call, type Flow } from '../../core/commands/flow';
import { choosePlanFlow } from '../../core/commands/plan-sheet-flow';
import { trackingFlow } from '../../core/commands/status-flows';
import type { Change } from '../../core/changes/change-set';
import type { CellValue, Grid } from '../../core/grid/grid';
import { BACKUP_SHEET } from '../../core/marks/mark-backup';
import { ru } from '../../core/messages/ru';
import { openPlanSummaryFlow } from '../../core/summary/summary-flow';
import { book41, PLAN_SHEET, type BookSheet } from '../helpers/book-41';
import { seedFiles, seedGrid } from '../helpers/seeds';
import { HOSTS, type Driver, type Look } from './drivers';

const SEED = '002_54f4a90b33e7accb.txt';
const REPORT = ru.report.sheetName;

function* readGrid(sheet: string): Flow<Grid> {
  return yield* call('readGrid', sheet);
}
function* apply(changes: Change[]): Flow<void> {
  yield* call('apply', changes);
}

/** A grid as a book of values: dates as UTC dates, errors as their text. */
const bookOf = (grid: Grid): BookSheet[] => [
  {
    name: grid.sheet,
    rows: grid.values.map((r) =>
      r.map((v: CellValue) => {
        if (v === null || typeof v === 'string' || typeof v === 'number') return v;
        if (typeof v === 'boolean') return String(v);
        if ('date' in v) return new Date(`${v.date}T00:00:00Z`);
        return v.error;
      }),
    ),
  },
];

/** Every cell's look over the area, `R:C` → look, only cells with a fill or a note. */
function looks(d: Driver, sheet: string, rows: number, cols: number): Map<string, Look> {
  const out = new Map<string, Look>();
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const l = d.look(sheet, r, c);
      if (l.fill !== null || l.note !== '') out.set(`${r}:${c}`, l);
    }
  return out;
}

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);
const size = (g: Grid): [number, number] => [g.values.length + 2, Math.max(...g.values.map((r) => r.length)) + 2];

/** Values as a person sees them: '' and null alike, no trailing empty cells or rows. */
function trimmed(values: Grid['values']): CellValue[][] {
  const rows = values.map((row) => {
    const r = row.map((v) => (v === '' ? null : v));
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

/** What each host left, by scenario: the hosts must agree at the end. */
const seen = new Map<string, Map<string, unknown>>();
const note = (scenario: string, host: string, what: unknown): void => {
  const m = seen.get(scenario) ?? new Map<string, unknown>();
  m.set(host, what);
  seen.set(scenario, m);
};

describe.each(HOSTS)('$name', (kind) => {
  test.each(seedFiles())(
    'check → clear marks on seed %s: the issues core reports, then every look back',
    async (file) => {
      const grid = seedGrid(file);
      const outcome = checkGrid(grid);
      if (!outcome.ok) throw new Error(outcome.problem.message);
      const d = kind.open(bookOf(grid));
      const [rows, cols] = size(grid);
      // The official's own fill and note on a cell the check marks, and a note on one it does not.
      const [first] = outcome.issues;
      if (first)
        d.setLook('План', first.row, markedCol(outcome.plan, first), { fill: '#00FF00', note: 'заметка методиста' });
      d.setLook('План', 1, cols, { fill: '#ABCDEF', note: 'не трогать' });
      const before = looks(d, 'План', rows, cols);

      const report = await d.run(checkFlow('План'));
      expect(report.ok).toBe(true);
      const marked = looks(d, 'План', rows, cols);
      const expected = new Set(outcome.issues.map((i) => `${i.row}:${markedCol(outcome.plan, i)}`));
      expect(new Set([...marked].filter(([, l]) => l.note.startsWith(ru.report.noteHeader)).map(([k]) => k))).toEqual(
        expected,
      );
      expect([...d.sheets()].sort(byName)).toEqual(
        [
          { name: 'План', hidden: false },
          { name: BACKUP_SHEET, hidden: true },
          { name: REPORT, hidden: false },
        ].sort(byName),
      );
      const reportRows = await d.run(readGrid(REPORT));
      expect(reportRows.values.length).toBe(outcome.issues.length + 1);

      const message = await d.run(clearMarksFlow('План'));
      expect(message).toMatch(/^Отметки сняты/);
      expect(looks(d, 'План', rows, cols)).toEqual(before);
      expect(d.sheets()).toEqual([{ name: 'План', hidden: false }]);
      note(`seed ${file}`, kind.name, [...marked].sort());
    },
  );

  test('fix → undo: the text written and put back, marks following', async () => {
    const d = kind.open(bookOf(seedGrid(SEED)));
    const report = await d.run(checkFlow('План'));
    const typo = report.issues.find((i) => i.rule === 'text-typo' && i.row === 24);
    expect(typo?.fix).toBe('Исправить опечатку');
    const fixed = await d.run(fixFlow('План', typo?.id ?? ''));
    expect(fixed.ok).toBe(true);
    const after = await d.run(readGrid('План'));
    expect(after.values[23]?.[2]).toBe('В течение года');
    const undone = await d.run(undoFlow(JSON.parse(JSON.stringify(fixed.undo))));
    expect(undone.ok).toBe(true);
    const back = await d.run(readGrid('План'));
    expect(back.values[23]?.[2]).toBe('В течении года');
    expect(await d.run(clearMarksFlow('План'))).toMatch(/^Отметки сняты/);
    note('fix', kind.name, [trimmed(after.values), trimmed(back.values), fixed.report?.issues.map((i) => i.id)]);
  });

  test('statuses enable → refresh: the columns once, a typed status kept, «Контроль» recomputed', async () => {
    const plan: BookSheet = {
      name: 'План',
      rows: [
        ['План мероприятий по обеспечению объективности на 2024-2025 учебный год'],
        ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
        [1, 'Приказ о проведении ВПР', 'до 01.03.2025', 'Управление образования'],
        [2, 'Наблюдатели на ВПР', 'до 15.04.2025', 'ИМЦ'],
        [3, 'Анализ результатов', 'По итогам оценочных процедур', 'ИМЦ'],
        [4, 'Отчёт об итогах года', 'до 30.06.2025', 'Руководители ОО'],
      ],
    };
    const d = kind.open([plan]);
    const on = await d.run(trackingFlow('2025-04-10', true, 'План'));
    expect(on.ok).toBe(true);
    const header = (await d.run(readGrid('План'))).values[1];
    expect(header?.slice(4)).toEqual(Object.values(ru.status.columns));
    await d.run(apply([{ kind: 'values', sheet: 'План', row: 3, col: 5, values: [[ru.status.names.done]] }]));
    const again = await d.run(trackingFlow('2025-04-10', true, 'План'));
    expect(again.message).not.toMatch(/Добавлены столбцы/);
    const refreshed = await d.run(trackingFlow('2025-04-20', false, 'План'));
    expect(refreshed.ok).toBe(true);
    const grid = await d.run(readGrid('План'));
    const control = grid.values.slice(2).map((r) => r[7]);
    expect(control).toEqual([
      ru.status.control.done,
      ru.status.control.overdue(5),
      ru.status.control.noDate,
      ru.status.control.onTime,
    ]);
    note('statuses', kind.name, trimmed(grid.values));
  });

  test('a tool sheet rebuilt twice: one report, one backup, the same cells; then every look back', async () => {
    const grid = seedGrid(SEED);
    const d = kind.open(bookOf(grid));
    const [rows, cols] = size(grid);
    d.setLook('План', 24, 3, { fill: '#00FF00', note: 'заметка методиста' });
    d.setLook('План', 37, 5, { fill: '#ABCDEF', note: '' });
    d.setLook('План', 6, 2, { fill: null, note: 'своё примечание' });
    const before = looks(d, 'План', rows, cols);
    await d.run(checkFlow('План'));
    const first = await d.run(readGrid(REPORT));
    await d.run(checkFlow('План'));
    const second = await d.run(readGrid(REPORT));
    expect(second.values).toEqual(first.values);
    expect(
      d
        .sheets()
        .map((s) => s.name)
        .sort(),
    ).toEqual([BACKUP_SHEET, 'План', REPORT].sort());
    expect(await d.run(clearMarksFlow('План'))).toMatch(/^Отметки сняты/);
    expect(looks(d, 'План', rows, cols)).toEqual(before);
    note('report', kind.name, trimmed(second.values));
  });

  test('web links in a tool sheet: real links with their text on every host, never formula text', async () => {
    const d = kind.open([{ name: 'План', rows: [['№', 'Мероприятие']] }]);
    const rows = [
      ['Код ОО', 'Ссылка', 'Комментарий / ссылка', 'Число'],
      ['101', { text: 'https://school101.ru/prikaz.pdf', url: 'https://school101.ru/prikaz.pdf' }, null, 3],
      ['102', null, 'приказ № 5', 4],
      ['103', { text: 'Приказ — https://s.ru/p?a=1&b=2', url: 'https://s.ru/p?a=1&b=2' }, '=SUM(A1:A2)', 5],
      ['104', { text: 'x', url: 'https://x.ru' }, { text: 'y — http://y.ru', url: 'http://y.ru' }, 6],
    ];
    await d.run(apply([{ kind: 'sheet', name: 'Свод', rows, widths: [10, 30, 30, 8] }]));
    const shown = rows.map((line, r) => line.map((_, c) => d.shown('Свод', r + 1, c + 1)));
    for (const [r, line] of rows.entries())
      for (const [c, v] of line.entries()) {
        const s = shown[r]?.[c];
        expect(s?.formula).toBe(false);
        if (v !== null && typeof v === 'object') expect({ text: s?.text, url: s?.url }).toEqual(v);
        else expect(s?.url).toBeNull();
      }
    note('web links', kind.name, shown);
  });

  test('the plan choice: in the 41-sheet book, «План» from a tool sheet, and from a sheet without a plan', async () => {
    const book = [...book41(), { name: REPORT, rows: [ru.report.columns] }];
    const d = kind.open(book);
    d.activate(REPORT);
    const chosen = await d.run(choosePlanFlow({ remembered: null, skip: REPORT }));
    expect(chosen).toMatchObject({ ok: true, sheet: PLAN_SHEET, note: null });
    const summary = await d.run(openPlanSummaryFlow('2025-03-01', null));
    expect(summary).toMatchObject({ ok: true, sheet: PLAN_SHEET });
    d.activate('Лист3');
    const fromEmpty = await d.run(openPlanSummaryFlow('2025-03-01', null));
    expect(fromEmpty).toMatchObject({ ok: true, sheet: PLAN_SHEET });
    expect(fromEmpty.message).toContain(ru.planSheet.takenInstead('Лист3', PLAN_SHEET));
    note('plan choice', kind.name, [chosen.ok && chosen.sheet, summary.data?.sentences]);
  });
});

test('the three hosts leave the same cells in every scenario', () => {
  expect(seen.size).toBeGreaterThan(4);
  for (const [scenario, byHost] of seen) {
    const [first, ...rest] = [...byHost.values()];
    expect(byHost.size).toBe(HOSTS.length);
    for (const other of rest) expect({ scenario, cells: other }).toEqual({ scenario, cells: first });
  }
});
