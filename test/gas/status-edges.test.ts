/**
 * «Статусы» at the edges of a real sheet: the official's own «Статус» column with formulas and
 * typed values between the cells the tool fills, protected cells, a plan as wide as its sheet.
 */
import type { CellValue } from '../../core/grid/grid';
import { generatePlan } from '../../bench/generate';
import { isDate } from './fake-cells';
import { buildGas, planGas, setClock, type Built } from './gas-harness';

let built: Built;
beforeAll(() => {
  built = buildGas();
});

/** A 300-row plan (6 sections, so many runs per column) with its own «Статус» column F. */
function ownStatusColumn() {
  const plan = generatePlan(300);
  const values: CellValue[][] = plan.values.map((line, r) => (r === 2 ? [...line, 'Статус'] : [...line]));
  const gas = planGas(built, { ...plan, values });
  setClock(gas, '2022-03-15');
  return { gas, sheet: gas.fake.book.sheet('План') };
}

test('cells between the filled runs keep their formulas, typed text and dates', () => {
  const { gas, sheet } = ownStatusColumn();
  sheet.getRange('F54').setValue('=1+1');
  sheet.getRange('F6').setValue('В работе');
  sheet.getRange('F7').setValue("'2021");
  const typed = new Date(Date.UTC(2022, 5, 1));
  sheet.cell(8, 6).value = typed;
  gas.fake.log.reset();
  gas.run('menuEnableTracking');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(gas.fake.log.count('setValues', 'План')).toBe(4);
  expect(sheet.getRange('F54').getFormulas()).toEqual([['=1+1']]);
  expect(sheet.getRange('F5:F8').getValues().flat()).toEqual(['Не начато', 'В работе', '2021', typed]);
  expect(sheet.getRange('F3').getValue()).toBe('Статус');
  expect(sheet.getRange('F4').getValue()).toBe('');
  expect(isDate(sheet.getRange('G5').getValue())).toBe(true);
});

test('a protected tracking column: one Russian alert, nothing written', () => {
  const gas = planGas(built, generatePlan(60));
  setClock(gas, '2022-03-15');
  const sheet = gas.fake.book.sheet('План');
  sheet.getRange('H1:H100').protect().denyCurrentUser();
  gas.fake.log.reset();
  gas.run('menuEnableTracking');
  expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
    expect.stringMatching(/^Ячейки H1:H100 на листе «План» защищены/),
  ]);
  expect(gas.fake.log.calls.filter((c) => /^set|^insert/.test(c.method))).toEqual([]);
});

test('a plan that fills all 26 columns: the sheet grows before the new columns are written', () => {
  const plan = generatePlan(40);
  const values: CellValue[][] = plan.values.map((line, r) => {
    const wide = [...line];
    while (wide.length < 26) wide.push(r === 2 ? `Примечание ${wide.length}` : null);
    return wide;
  });
  const gas = planGas(built, { ...plan, values });
  setClock(gas, '2022-03-15');
  const sheet = gas.fake.book.sheet('План');
  expect(sheet.getMaxColumns()).toBe(26);
  gas.run('menuEnableTracking');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(sheet.getMaxColumns()).toBe(30);
  expect(sheet.getRange(3, 27, 1, 4).getValues()).toEqual([
    ['Статус', 'Контрольный срок', 'Отметка о выполнении', 'Контроль'],
  ]);
});
