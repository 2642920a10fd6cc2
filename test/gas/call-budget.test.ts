/**
 * Call budget: «Проверить план» makes the same, constant number of range reads and writes on a
 * 2,000-row and a 20,000-row plan; only the marks inside those calls grow.
 */
import type { CellValue, Grid } from '../../core/grid/grid';
import { generatePlan } from '../../bench/generate';
import { buildGas, planGas, type Built } from './gas-harness';
import type { CallLog } from './fake-sheet';

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
];

/**
 * The stated budget of one check, per sheet. The plan is read once (values, display text, merges);
 * the looks of the cells to mark once; the fills and notes around them once more, to write the
 * untouched cells of the rectangle back as they were; then one write each.
 */
const BUDGET = {
  План: {
    getValues: 1,
    getDisplayValues: 1,
    getMergedRanges: 1,
    getBackgrounds: 2,
    getNotes: 2,
    setBackgrounds: 1,
    setNotes: 1,
  },
  Замечания: { setValues: 1, setBackgrounds: 1, setFontWeights: 1 },
  _oko_marks: { setValues: 1 },
};
const TOTAL = 13;

/** A generated plan with defects every 10th row, so the marks grow with the plan. */
function defectivePlan(rows: number): Grid {
  const plan = generatePlan(rows);
  const values: CellValue[][] = plan.values.map((line, r) => {
    const copy = [...line];
    if (r > 3 && r % 10 === 0 && copy.length >= 4) copy[3] = null;
    if (r > 3 && r % 10 === 5 && copy.length >= 2) copy[1] = `${String(copy[1])}  `;
    return copy;
  });
  return { ...plan, values };
}

function rangeCalls(log: CallLog): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const c of log.calls) {
    if (!RANGE_CALLS.includes(c.method)) continue;
    const sheet = (out[c.sheet] ??= {});
    sheet[c.method] = (sheet[c.method] ?? 0) + 1;
  }
  return out;
}

const total = (calls: Record<string, Record<string, number>>): number =>
  Object.values(calls).reduce((n, s) => n + Object.values(s).reduce((a, b) => a + b, 0), 0);

let built: Built;
beforeAll(() => {
  built = buildGas();
});

interface Measured {
  first: Record<string, Record<string, number>>;
  again: Record<string, Record<string, number>>;
  others: string[];
  marks: number;
}

function measure(rows: number): Measured {
  const gas = planGas(built, defectivePlan(rows));
  gas.fake.log.reset();
  gas.run('menuCheckPlan');
  expect(gas.fake.ui.alerts).toEqual([]);
  const first = rangeCalls(gas.fake.log);
  const others = gas.fake.log.calls.filter((c) => !RANGE_CALLS.includes(c.method)).map((c) => c.method);
  const marks = gas.fake.book.sheet('_oko_marks').getLastRow() - 1;
  gas.fake.log.reset();
  gas.run('menuCheckPlan');
  return { first, again: rangeCalls(gas.fake.log), others, marks };
}

test('2,000 and 20,000 rows: the same range calls, within the stated budget', () => {
  const small = measure(2000);
  const large = measure(20000);
  expect(large.marks).toBeGreaterThan(small.marks * 5);
  expect(small.first).toEqual(BUDGET);
  expect(large.first).toEqual(BUDGET);
  expect(total(large.first)).toBe(TOTAL);
  // A re-check reads the existing backup once, its own report's header once (a «Замечания» the
  // official made is never overwritten), and no looks: every marked cell is backed up already.
  expect(large.again).toEqual(small.again);
  expect(large.again).toEqual({
    ...BUDGET,
    План: { ...BUDGET.План, getBackgrounds: 1, getNotes: 1 },
    Замечания: { ...BUDGET.Замечания, getValues: 1 },
    _oko_marks: { getValues: 1, setValues: 1 },
  });
  expect(total(large.again)).toBe(TOTAL);
  // Other calls (sheet lookups, protections, widths, toasts) do not grow with rows either; a big
  // report only needs its tool sheets grown past 1000 rows, one call each.
  const grow = (m: Measured): string[] => m.others.filter((x) => x !== 'insertRowsAfter');
  expect(grow(large)).toEqual(grow(small));
  expect(large.others.filter((x) => x === 'insertRowsAfter').length).toBeLessThanOrEqual(2);
}, 120000);
