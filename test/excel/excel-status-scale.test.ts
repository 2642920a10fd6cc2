/**
 * «Статусы: включить / обновить» do not grow with rows: a 200- and a 2,000-row plan cost the same
 * 4 syncs (active sheet, the grid, the «Объективность ВПР» sheet, the writes), and the dropdown and colour rules stay one call each.
 */
import { runAsync } from '../../core/commands/flow';
import { trackingFlow } from '../../core/commands/status-flows';
import { bookOf, rig } from './excel-fixture';
import { PAYLOAD_LIMIT } from './fake-runtime';
import { planWithIssues } from './scale-plan';
import { metered, type CallCost } from './sync-meter';

const TODAY = '2022-03-20';

interface Run {
  readonly costs: CallCost[];
  readonly calls: Map<string, number>;
}

async function tracked(rows: number): Promise<{ enable: Run; refresh: Run; measures: number }> {
  const { fake, host } = rig(bookOf(planWithIssues(rows)));
  const runOnce = async (enable: boolean): Promise<Run> => {
    fake.stats.reset();
    const m = metered(host, fake.stats);
    const result = await runAsync(m.host, trackingFlow(TODAY, enable));
    expect(result.ok).toBe(true);
    expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
    expect(fake.stats.maxRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(fake.stats.maxResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    return { costs: m.costs, calls: new Map(fake.stats.calls) };
  };
  const enable = await runOnce(true);
  const refresh = await runOnce(false);
  const measures = (await runAsync(host, trackingFlow(TODAY, false))).report?.rows.length ?? 0;
  return { enable, refresh, measures };
}

const syncs = (run: Run): [string, number][] => run.costs.map((c) => [c.method, c.syncs]);
const total = (run: Run): number => run.costs.reduce((n, c) => n + c.syncs, 0);

test('2,000 rows: enable and refresh cost the same 4 syncs as 200 rows; one dropdown, two colour rules', async () => {
  const small = await tracked(200);
  const large = await tracked(2000);
  expect(large.measures).toBeGreaterThan(1900);
  // activeSheet 1, readGrid 1 (size, merges and all 2,003 rows in the first block), the
  // «Объективность ВПР» sheet (absent) 1, apply 1.
  for (const run of [large.enable, large.refresh]) {
    expect(syncs(run)).toEqual([
      ['activeSheet', 1],
      ['readGrid', 1],
      ['readToolSheet', 1],
      ['apply', 1],
    ]);
    expect(run.calls.get('dataValidation.rule')).toBe(1);
    expect(run.calls.get('conditionalFormats.clearAll')).toBe(1);
    expect(run.calls.get('conditionalFormats.add')).toBe(2);
  }
  // Enable writes three header cells, then «Статус», «Контрольный срок» and «Контроль» one block each.
  expect(large.enable.calls.get('values')).toBe(small.enable.calls.get('values'));
  expect(large.enable.calls.get('values')).toBeLessThanOrEqual(7);
  expect(large.enable.calls.get('numberFormat')).toBe(2);
  expect(total(large.enable)).toBe(total(small.enable));
  expect(total(large.refresh)).toBe(total(small.refresh));
  // Refresh writes «Контроль» as one block and its date format once: nothing per row.
  expect(large.refresh.calls.get('values')).toBe(1);
  expect(large.refresh.calls.get('numberFormat')).toBe(1);
});

test('20,000 rows: enabling stays under the 5 MB caps and writes in one sync', async () => {
  const { fake, host } = rig(bookOf(planWithIssues(20000)));
  const m = metered(host, fake.stats);
  const result = await runAsync(m.host, trackingFlow(TODAY, true));
  expect(result.ok).toBe(true);
  expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
  expect(fake.stats.maxRequest).toBeLessThan(PAYLOAD_LIMIT);
  expect(fake.stats.maxResponse).toBeLessThan(PAYLOAD_LIMIT);
  const apply = m.costs.find((c) => c.method === 'apply');
  expect(apply?.syncs).toBe(1);
  expect(fake.stats.count('dataValidation.rule')).toBe(1);
});
