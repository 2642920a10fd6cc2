/** Values as Apps Script gives them — Date objects, numbers, error results — reach core as core expects. */
import { checkGrid } from '../../core/check/check';
import { issueId, type CheckReport } from '../../core/commands/report';
import type { CellValue, Grid } from '../../core/grid/grid';
import { generatePlan } from '../../bench/generate';
import { createAppsScript } from './fake-apps-script';
import { zonedDate } from './fake-time';
import { buildGas, loadGas, toSheetValues, type Built } from './gas-harness';

let built: Built;
beforeAll(() => {
  built = buildGas();
});

/** A 2021-2022 school-year plan whose row 5 deadline is a real date cell. */
function planWith(deadline: CellValue, extra: (values: CellValue[][]) => void = () => undefined): Grid {
  const plan = generatePlan(40);
  const values = plan.values.map((line) => [...line]);
  const row = values[4];
  if (row) row[2] = deadline;
  extra(values);
  return { ...plan, values };
}

function checkIn(timeZone: string, grid: Grid): CheckReport {
  const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar }, timeZone));
  gas.fake.book.addSheet(
    'План',
    toSheetValues(grid.values, (iso) => {
      const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
      return zonedDate(y, m, d, timeZone);
    }),
  );
  return JSON.parse(JSON.stringify(gas.run('panelCheck'))) as CheckReport;
}

test.each(['Europe/Moscow', 'Asia/Vladivostok', 'America/New_York'])(
  'a date cell is read on the calendar of the spreadsheet (%s), not of the script',
  (zone) => {
    const grid = planWith({ date: '2022-09-01' });
    const outcome = checkGrid(grid);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const expected = outcome.issues.map(issueId).sort();
    // 1 September is one day past the school year: read as 31 August, the issue would vanish.
    expect(expected).toContain('deadline-outside-period@5:3');
    expect(
      checkIn(zone, grid)
        .issues.map((i) => i.id)
        .sort(),
    ).toEqual(expected);
  },
);

test('numbers and error results: the same issues as core finds on the same values', () => {
  const grid = planWith('#REF!', (values) => {
    const row = values[6];
    if (row) row[0] = 7;
  });
  const typed: Grid = {
    ...grid,
    values: grid.values.map((line, r) => (r === 4 ? line.map((v, c) => (c === 2 ? { error: '#REF!' } : v)) : line)),
  };
  const outcome = checkGrid(typed);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const gas = loadGas(built);
  const sheet = gas.fake.book.addSheet(
    'План',
    toSheetValues(grid.values, () => new Date(NaN)),
  );
  // A broken reference: the formula stays, its value and display are the error text.
  sheet.getRange(5, 3).setValue('=Лист2!#REF!');
  const report = JSON.parse(JSON.stringify(gas.run('panelCheck'))) as CheckReport;
  expect(report.issues.map((i) => i.id).sort()).toEqual(outcome.issues.map(issueId).sort());
});
