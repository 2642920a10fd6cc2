/** Rows inserted or edited between «Проверить план» and «Снять отметки»: never paint the wrong cell. */
import { seedGrid } from '../helpers/seeds';
import { buildGas, looks, planGas, type Built, type Look } from './gas-harness';

const SEED = '002_54f4a90b33e7accb.txt';

let built: Built;
beforeAll(() => {
  built = buildGas();
});

/** Looks keyed `R:C`, moved down by one for rows at or below `row`. */
function shifted(before: Map<string, Look>, row: number): Map<string, Look> {
  return new Map(
    [...before].map(([key, look]) => {
      const [r = 0, c = 0] = key.split(':').map(Number);
      return [`${r >= row ? r + 1 : r}:${c}`, look];
    }),
  );
}

test.each([1, 14])('a row inserted before row %i after marking: clearing restores the right cells', (at) => {
  const gas = planGas(built, seedGrid(SEED));
  const plan = gas.fake.book.sheet('План');
  plan.cell(24, 3).background = '#00ff00';
  plan.cell(24, 3).note = 'заметка методиста';
  plan.cell(37, 5).note = 'своя заметка';
  const before = looks(plan);
  gas.run('menuCheckPlan');
  expect(looks(plan).size).toBeGreaterThan(before.size);

  plan.insertRowBefore(at);
  plan.getRange(at, 1).setValue('Новый раздел');
  gas.run('menuClearMarks');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(gas.fake.book.toasts.at(-1)?.message).toMatch(/^Отметки сняты: восстановлено ячеек — \d+\.$/);
  expect(looks(plan)).toEqual(shifted(before, at));
  expect(gas.fake.book.getSheets().map((s) => s.getName())).toEqual(['План']);
});

test('a marked row edited after marking: its cell is left alone and the user is told', () => {
  const gas = planGas(built, seedGrid(SEED));
  const plan = gas.fake.book.sheet('План');
  gas.run('menuCheckPlan');
  const marked = plan.peek(24, 3)?.background;
  plan.insertRowBefore(10);
  plan.getRange(25, 3).setValue('Круглый год, в течении года');
  gas.run('menuClearMarks');
  expect(gas.fake.book.toasts.at(-1)?.message).toMatch(/строки изменились или удалены/);
  // Row 24 moved to 25 and was edited: it keeps its mark, and no other cell got its old look.
  expect(plan.peek(25, 3)?.background).toBe(marked);
  expect(plan.peek(24, 3)?.background ?? null).toBeNull();
});
