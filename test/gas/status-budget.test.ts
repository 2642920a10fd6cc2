/**
 * Call budget of «Статусы»: enabling and refreshing a 2,000-row and a 20,000-row plan make the
 * same, constant number of range calls; sections and rows without a date do not split writes.
 */
import { generatePlan } from '../../bench/generate';
import type { CallLog } from './fake-sheet';
import { buildGas, planGas, setClock, type Built } from './gas-harness';

const RANGE_CALLS = [
  'getValues',
  'getDisplayValues',
  'getFormulas',
  'getMergedRanges',
  'setValues',
  'setDataValidation',
  'setNumberFormat',
  'getConditionalFormatRules',
  'setConditionalFormatRules',
];

/**
 * Enabling: the plan read once (values, display text, merges); «Статус» and «Контрольный срок»
 * each one rectangle from the header down, the cells between runs read back (values, formulas)
 * and rewritten as they are; the header of «Отметка о выполнении»; «Контроль» with its header
 * one rectangle; one call per rule.
 */
const ENABLE = {
  getValues: 3,
  getDisplayValues: 1,
  getMergedRanges: 1,
  getFormulas: 2,
  setValues: 4,
  setDataValidation: 1,
  setNumberFormat: 1,
  getConditionalFormatRules: 1,
  setConditionalFormatRules: 1,
};
/** Refreshing: the plan read once, «Контроль» written once, the rules set again. */
const REFRESH = {
  getValues: 1,
  getDisplayValues: 1,
  getMergedRanges: 1,
  setValues: 1,
  setDataValidation: 1,
  setNumberFormat: 1,
  getConditionalFormatRules: 1,
  setConditionalFormatRules: 1,
};

function rangeCalls(log: CallLog): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of log.calls)
    if (RANGE_CALLS.includes(c.method) && c.sheet === 'План') out[c.method] = (out[c.method] ?? 0) + 1;
  return out;
}

let built: Built;
beforeAll(() => {
  built = buildGas();
});

function measure(rows: number): { enable: Record<string, number>; refresh: Record<string, number>; others: string[] } {
  const gas = planGas(built, generatePlan(rows));
  setClock(gas, '2022-03-15');
  gas.fake.log.reset();
  gas.run('menuEnableTracking');
  expect(gas.fake.ui.alerts).toEqual([]);
  const enable = rangeCalls(gas.fake.log);
  const others = gas.fake.log.calls.filter((c) => !RANGE_CALLS.includes(c.method)).map((c) => c.method);
  gas.fake.log.reset();
  gas.run('menuRefreshTracking');
  expect(gas.fake.ui.alerts).toEqual([]);
  return { enable, refresh: rangeCalls(gas.fake.log), others };
}

test('2,000 and 20,000 rows: the same range calls for enabling and refreshing', () => {
  const small = measure(2000);
  const large = measure(20000);
  expect(small.enable).toEqual(ENABLE);
  expect(large.enable).toEqual(ENABLE);
  expect(small.refresh).toEqual(REFRESH);
  expect(large.refresh).toEqual(REFRESH);
  expect(large.others).toEqual(small.others);
}, 120000);
