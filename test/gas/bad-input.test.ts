/** Bad input: a clear Russian alert and nothing changed — no write, no new sheet. */
import { seedGrid } from '../helpers/seeds';
import { gasBridge } from '../../gas/sidebar/gas-bridge';
import { installScriptRun } from './fake-script-run';
import { buildGas, loadGas, looks, planGas, type Built, type Gas } from './gas-harness';

const SEED = '002_54f4a90b33e7accb.txt';
const WRITES = /^(set|insert|delete|clear|hide|merge)/;

let built: Built;
beforeAll(() => {
  built = buildGas();
});

function expectUntouched(gas: Gas, sheets: string[]): void {
  expect(gas.fake.log.calls.filter((c) => WRITES.test(c.method))).toEqual([]);
  expect(gas.fake.book.getSheets().map((s) => s.getName())).toEqual(sheets);
}

function checkAlert(gas: Gas): string {
  gas.fake.log.reset();
  gas.run('menuCheckPlan');
  expect(gas.fake.ui.alerts).toHaveLength(1);
  const [alert] = gas.fake.ui.alerts;
  expect(alert?.title).toBe('ОКО-план');
  return alert?.message ?? '';
}

test('an empty sheet', () => {
  const gas = loadGas(built);
  gas.fake.book.addSheet('Лист1');
  expect(checkAlert(gas)).toBe('Лист «Лист1» пуст: в нём нет плана мероприятий.');
  expectUntouched(gas, ['Лист1']);
});

test('a sheet with no plan', () => {
  const gas = loadGas(built);
  gas.fake.book.addSheet('Записка', [['Пояснительная записка'], ['к плану мероприятий на 2021-2022 учебный год']]);
  expect(checkAlert(gas)).toMatch(/^На листе «Записка» не найдена таблица плана/);
  expectUntouched(gas, ['Записка']);
});

test('a sheet of 30 merged cells', () => {
  const gas = loadGas(built);
  const sheet = gas.fake.book.addSheet(
    'Бланк',
    Array.from({ length: 30 }, (_, i) => [`Поле ${i + 1}`, '', '', '']),
  );
  for (let r = 1; r <= 30; r++) sheet.getRange(r, 1, 1, 4).merge();
  expect(checkAlert(gas)).toMatch(/не найдена таблица плана/);
  expectUntouched(gas, ['Бланк']);
});

test('a plan with 30 merged cells is read and marked like any other', () => {
  const gas = planGas(built, seedGrid(SEED));
  const plan = gas.fake.book.sheet('План');
  for (let r = 1; r <= 30; r++) plan.getRange(40 + r, 7, 1, 2).merge();
  gas.run('menuCheckPlan');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(gas.fake.log.count('getMergedRanges', 'План')).toBe(1);
  expect(gas.fake.book.sheet('Замечания').getLastRow()).toBeGreaterThan(1);
});

test('a protected range the user may not edit: nothing is marked, the alert names the cells', () => {
  const gas = planGas(built, seedGrid(SEED));
  const plan = gas.fake.book.sheet('План');
  plan.getRange('C20:C30').protect().denyCurrentUser();
  const before = looks(plan);
  expect(checkAlert(gas)).toBe(
    'Ячейки C20:C30 на листе «План» защищены, и у вас нет права их менять. Ничего не изменено. Попросите владельца таблицы снять защиту или дать вам доступ к этим ячейкам.',
  );
  expectUntouched(gas, ['План']);
  expect(looks(plan)).toEqual(before);
});

test('a protection the user may edit, or a warning-only one, does not stop the check', () => {
  const gas = planGas(built, seedGrid(SEED));
  const plan = gas.fake.book.sheet('План');
  plan.getRange('C20:C30').protect();
  plan.protect().setWarningOnly(true);
  gas.run('menuCheckPlan');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(plan.peek(24, 3)?.background).not.toBeNull();
});

test('a protected sheet fails the sidebar call with the same Russian reason', async () => {
  const gas = planGas(built, seedGrid(SEED));
  gas.fake.book.sheet('План').protect().denyCurrentUser();
  installScriptRun(gas);
  gas.fake.log.reset();
  await expect(gasBridge.check()).rejects.toThrow(/^Ячейки A\d+:[A-Z]+\d+ на листе «План» защищены/);
  expectUntouched(gas, ['План']);
});

test('the «Замечания» sheet is active: the tool does not check its own sheets', () => {
  const gas = planGas(built, seedGrid(SEED));
  gas.run('menuCheckPlan');
  gas.fake.book.sheet('Замечания').activate();
  expect(checkAlert(gas)).toMatch(/^Лист «Замечания» ведёт сам ОКО-план/);
  expect(gas.fake.log.calls.filter((c) => WRITES.test(c.method))).toEqual([]);
});

test('an unexpected host failure is one Russian sentence, not a stack trace', () => {
  const gas = planGas(built, seedGrid(SEED));
  const plan = gas.fake.book.sheet('План');
  plan.getDataRange = () => {
    throw new Error('Exception: Service Spreadsheets timed out while accessing document with id fake.');
  };
  expect(checkAlert(gas)).toBe(
    'Не удалось выполнить действие: Service Spreadsheets timed out while accessing document with id fake.. Повторите попытку через минуту.',
  );
});
