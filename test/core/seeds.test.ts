/** The five real plans: what a correct `oko check --json` contains (fixtures/seeds/expected.json). */
import { checkGrid } from '../../core/check/check';
import { toCheckJson, type CheckJson } from '../../core/check/check-json';
import { seedExpectations, seedGrid } from '../helpers/seeds';

function check(file: string): CheckJson {
  const outcome = checkGrid(seedGrid(file));
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return toCheckJson(outcome.plan, outcome.issues);
}

describe.each(seedExpectations().map((e) => [e.file, e] as const))('seed %s', (file, expected) => {
  const json = check(file);

  test('header row and column roles', () => {
    expect(json.header.row).toBe(expected.header.row);
    expect(json.header.columns).toEqual(expect.objectContaining(expected.header.columns));
  });

  if (expected.items !== undefined) {
    test('item count', () => expect(json.items).toHaveLength(expected.items ?? 0));
  }

  if (expected.period) {
    test('plan period', () => expect(json.period).toEqual(expected.period));
  }

  for (const [row, d] of Object.entries(expected.deadlines ?? {})) {
    test(`deadline on row ${row}`, () => {
      const item = json.items.find((i) => i.rows.includes(Number(row)));
      expect(item?.deadline).toEqual(expect.objectContaining(d));
    });
  }

  expected.issues.forEach((want, k) => {
    test(`issue #${k + 1}: ${want.rule} at ${JSON.stringify(want.rows)}`, () => {
      const found = json.issues.filter(
        (i) => (want.rule === '*' || i.rule === want.rule) && (want.rows === 'any' || want.rows.includes(i.row)),
      );
      expect(found.length).toBeGreaterThan(0);
    });
  });

  test('no error outside the expected issues', () => {
    const tolerated = new Set<number>(expected.tolerate ?? []);
    const expectedHere = (rule: string, row: number): boolean =>
      expected.issues.some((w) => (w.rule === '*' || w.rule === rule) && (w.rows === 'any' || w.rows.includes(row)));
    const stray = json.issues.filter(
      (i) => i.severity === 'error' && !tolerated.has(i.row) && !expectedHere(i.rule, i.row),
    );
    expect(stray).toEqual([]);
  });
});
