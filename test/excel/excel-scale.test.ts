/**
 * Host calls do not grow with rows: a 200- and a 2,000-row plan cost the same syncs; a 20,000-row
 * plan reads in ~4 MB blocks, so its syncs grow with bytes / 5 MB, and no request or response
 * ever passes Excel on the web's 5 MB cap.
 */
import { runAsync } from '../../core/commands/flow';
import { checkFlow, clearMarksFlow } from '../../core/commands/check-flows';
import { bookOf, filledCells, rig } from './excel-fixture';
import { PAYLOAD_LIMIT } from './fake-runtime';
import { planWithIssues } from './scale-plan';
import { metered, type CallCost } from './sync-meter';

const MB = 1024 * 1024;

async function checkCosts(
  rows: number,
): Promise<{ costs: CallCost[]; responses: number[]; issues: number; marked: number }> {
  const { fake, host } = rig(bookOf(planWithIssues(rows)));
  const m = metered(host, fake.stats);
  const report = await runAsync(m.host, checkFlow());
  expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
  expect(fake.stats.maxRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  expect(fake.stats.maxResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  return {
    costs: m.costs,
    responses: fake.stats.syncs.map((s) => s.response),
    issues: report.issues.length,
    marked: filledCells(fake.book.sheet('План')).size,
  };
}

const total = (costs: readonly CallCost[]): number => costs.reduce((n, c) => n + c.syncs, 0);

test('2,000 rows: the check costs the same 7 syncs as 200 rows, one per host call and two to write', async () => {
  const small = await checkCosts(200);
  const large = await checkCosts(2000);
  expect(large.issues).toBeGreaterThan(100);
  expect(large.marked).toBeGreaterThan(50);
  // activeSheet 1, readGrid 1, readToolSheet 2 (the backup, and whether «Замечания» is ours),
  // readLooks 1, apply 2 (what exists, then the writes).
  expect(large.costs.map((c) => [c.method, c.syncs])).toEqual([
    ['activeSheet', 1],
    ['readGrid', 1],
    ['readToolSheet', 1],
    ['readToolSheet', 1],
    ['readLooks', 1],
    ['apply', 2],
  ]);
  expect(total(large.costs)).toBe(total(small.costs));
  expect(total(large.costs)).toBeLessThanOrEqual(7);
});

test('20,000 rows: reads come in blocks under 5 MB, syncs follow bytes / 5 MB, not rows', async () => {
  const { costs, responses } = await checkCosts(20000);
  const read = costs.find((c) => c.method === 'readGrid');
  const readBytes = responses.slice(1, 1 + (read?.syncs ?? 0)).reduce((n, b) => n + b, 0);
  expect(readBytes).toBeGreaterThan(8 * MB);
  expect(read?.maxResponse).toBeLessThan(5 * MB);
  // ~11 MB of values, formats, types and text: 4 syncs (a 2,500-row first block, then ~3.4 MB blocks).
  expect(read?.syncs).toBeGreaterThanOrEqual(Math.ceil(readBytes / (5 * MB)));
  expect(read?.syncs).toBeLessThanOrEqual(Math.ceil(readBytes / (3 * MB)) + 1);
  expect(total(costs)).toBeLessThanOrEqual(10);
});

test('20,000 rows: clearing the marks stays within the caps and restores every cell', async () => {
  const { fake, host } = rig(bookOf(planWithIssues(20000)));
  await runAsync(host, checkFlow());
  expect(filledCells(fake.book.sheet('План')).size).toBeGreaterThan(500);
  await runAsync(host, clearMarksFlow());
  expect(filledCells(fake.book.sheet('План')).size).toBe(0);
  expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
  expect(fake.stats.maxResponse).toBeLessThan(5 * MB);
});

test('a write larger than the cap is split into requests under 5 MB', async () => {
  const { fake, host } = rig(bookOf([['x']]));
  const line = 'Проведение мониторинга объективности результатов оценочных процедур — '.repeat(2);
  const values = Array.from({ length: 15000 }, (_, i) => [`${line}${i}`, line, line]);
  await host.apply([{ kind: 'values', sheet: 'План', row: 2, col: 1, values }]);
  const requests = fake.stats.syncs.map((s) => s.request);
  expect(requests.reduce((n, b) => n + b, 0)).toBeGreaterThan(10 * MB);
  expect(Math.max(...requests)).toBeLessThan(5 * MB);
  expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
  expect(fake.book.sheet('План').get(15000, 0)?.value).toBe(`${line}14999`);
});
