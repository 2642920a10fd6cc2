/**
 * The sidebar's calls end to end: the real bridge (gas/sidebar/gas-bridge.ts) over a faithful
 * `google.script.run` into the built Code.js. Payloads are plain JSON; text stays text.
 */
import { gasBridge } from '../../gas/sidebar/gas-bridge';
import { seedGrid } from '../helpers/seeds';
import { installScriptRun } from './fake-script-run';
import { buildGas, looks, planGas, type Built } from './gas-harness';

const SEED = '002_54f4a90b33e7accb.txt';

let built: Built;
beforeAll(() => {
  built = buildGas();
});

test('a fix from the sidebar changes the cell; its undo restores it; a click selects the cell', async () => {
  const gas = planGas(built, seedGrid(SEED));
  const calls = installScriptRun(gas);
  const plan = gas.fake.book.sheet('План');
  const report = await gasBridge.check();
  expect(report.ok).toBe(true);
  const typo = report.issues.find((i) => i.rule === 'text-typo' && i.row === 24);
  expect(typo?.fix).toBe('Исправить опечатку');

  const fixed = await gasBridge.applyFix(report.sheet, typo?.id ?? '');
  expect(fixed).toMatchObject({ ok: true, message: 'Исправлено: Исправить опечатку.' });
  expect(plan.getRange('C24').getValue()).toBe('В течение года');
  expect(fixed.report?.issues.some((i) => i.id === typo?.id)).toBe(false);
  if (!fixed.undo) throw new Error('no undo record');

  const undone = await gasBridge.undo(fixed.undo);
  expect(undone).toMatchObject({ ok: true, message: 'Отменено: Исправить опечатку.', undo: null });
  expect(plan.getRange('C24').getValue()).toBe('В течении года');

  await gasBridge.select('План', 24, 3);
  expect(gas.fake.book.getActiveRange()?.getA1Notation()).toBe('C24');
  expect(calls).toEqual(['panelCheck', 'panelApplyFix', 'panelUndo', 'panelSelect']);
});

test('text that looks like a formula stays text: a note on the backup sheet, a fixed value in the plan', async () => {
  const gas = planGas(built, seedGrid(SEED));
  installScriptRun(gas);
  const plan = gas.fake.book.sheet('План');
  plan.cell(24, 3).value = '=1+1 В течении года';
  plan.cell(24, 3).note = '=1+1';
  const before = looks(plan);

  const report = await gasBridge.check();
  const backup = gas.fake.book.sheet('_oko_marks');
  expect(
    backup
      .getDataRange()
      .getValues()
      .map((line) => line[5]),
  ).toContain('=1+1');
  expect(backup.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  expect(await gasBridge.clearMarks()).toMatch(/^Отметки сняты/);
  expect(looks(plan)).toEqual(before);

  const typo = report.issues.find((i) => i.rule === 'text-typo' && i.row === 24);
  const fixed = await gasBridge.applyFix('План', typo?.id ?? '');
  expect(plan.getRange('C24').getValue()).toBe('=1+1 В течение года');
  expect(plan.getRange('C24').getFormulas()).toEqual([['']]);
  if (fixed.undo) await gasBridge.undo(fixed.undo);
  expect(plan.getRange('C24').getValue()).toBe('=1+1 В течении года');
  expect(plan.getRange('C24').getFormulas()).toEqual([['']]);
});

// Known core bug, kept visible: a fix rewrites the row's text, so core's backup no longer finds the
// row by its key; the fixed cell keeps its stale mark and «Снять отметки» cannot restore it.
test('after a fix and its undo, «Снять отметки» still restores the original look', async () => {
  const gas = planGas(built, seedGrid(SEED));
  installScriptRun(gas);
  const plan = gas.fake.book.sheet('План');
  plan.cell(24, 3).note = 'заметка методиста';
  const before = looks(plan);
  const report = await gasBridge.check();
  const typo = report.issues.find((i) => i.rule === 'text-typo' && i.row === 24);
  const fixed = await gasBridge.applyFix('План', typo?.id ?? '');
  if (fixed.undo) await gasBridge.undo(fixed.undo);
  await gasBridge.clearMarks();
  expect(looks(plan)).toEqual(before);
});

test('a tampered undo record is refused in Russian, nothing written', async () => {
  const gas = planGas(built, seedGrid(SEED));
  installScriptRun(gas);
  await gasBridge.check();
  gas.fake.log.reset();
  const bad = { sheet: 'План', label: 'x', wrote: [{ row: 0, col: 'C', value: {} }], before: [] };
  await expect(gasBridge.undo(bad as never)).rejects.toThrow('данные для отмены повреждены');
  expect(gas.fake.log.calls.filter((c) => c.method.startsWith('set'))).toEqual([]);
});
