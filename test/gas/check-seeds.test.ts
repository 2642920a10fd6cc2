/**
 * «Проверить план» and «Снять отметки» from the menu of the built Code.js: toasts, report links and
 * the open sheet. The marks and their exact undo on every seed, on every host, are in
 * test/conformance/host-port.test.ts.
 */
import { checkGrid } from '../../core/check/check';
import { markedCol } from '../../core/changes/marks';
import { seedGrid } from '../helpers/seeds';
import { buildGas, filled, looks, planGas, type Built } from './gas-harness';

let built: Built;
beforeAll(() => {
  built = buildGas();
});

test('from the menu: the marked cells are the issues core reports, linked from the report; clearing restores every look', () => {
  const grid = seedGrid('002_54f4a90b33e7accb.txt');
  const outcome = checkGrid(grid);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const expected = new Set(outcome.issues.map((i) => `${i.row}:${markedCol(outcome.plan, i)}`));
  expect(expected.size).toBeGreaterThan(0);
  const gas = planGas(built, grid);
  const plan = gas.fake.book.sheet('План');
  // A methodist's own fill and note on a cell the check marks, and a note on a cell it does not.
  const [first] = outcome.issues;
  if (first) plan.cell(first.row, markedCol(outcome.plan, first)).background = '#00ff00';
  if (first) plan.cell(first.row, markedCol(outcome.plan, first)).note = 'заметка методиста';
  plan.cell(1, 8).note = 'не трогать';
  const before = looks(plan);

  gas.run('menuCheckPlan');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(filled(plan)).toEqual(expected);
  if (first) expect(plan.cell(first.row, markedCol(outcome.plan, first)).note).toMatch(/^ОКО-план\n/);
  const report = gas.fake.book.sheet('Замечания');
  expect(report.getLastRow()).toBe(outcome.issues.length + 1);
  expect(report.getRange(1, 1, 1, 6).getValues()[0]).toEqual([
    '№',
    'Важность',
    'Правило',
    'Ячейка',
    'Что не так и что сделать',
    'Исправление',
  ]);
  const links = report.getRange(2, 4, Math.max(1, outcome.issues.length), 1).getFormulas().flat().filter(Boolean);
  expect(links).toHaveLength(outcome.issues.length);
  for (const f of links)
    expect(f).toMatch(new RegExp(`^=HYPERLINK\\("#gid=${plan.getSheetId()}&range=[A-Z]+\\d+","[A-Z]+\\d+"\\)$`));
  expect(gas.fake.book.sheet('_oko_marks').isSheetHidden()).toBe(true);
  expect(gas.fake.book.getActiveSheet().getName()).toBe('План');
  expect(gas.fake.book.toasts.map((t) => t.message)).toEqual([
    'Проверяю план…',
    expect.stringMatching(/^Проверено мероприятий: \d+\./),
  ]);

  gas.run('menuClearMarks');
  expect(looks(plan)).toEqual(before);
  expect(gas.fake.book.getSheets().map((s) => s.getName())).toEqual(['План']);
  expect(gas.fake.book.toasts.at(-1)?.message).toMatch(/^Отметки сняты/);
  expect(gas.fake.ui.alerts).toEqual([]);
});
