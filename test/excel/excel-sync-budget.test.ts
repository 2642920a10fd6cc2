/**
 * Round trips as a person meets them: every command in at most 4 syncs on a 2,000-row plan, and
 * in at most 3 + ⌈response bytes / 5 MB⌉ on 20,000 rows, never a request or response over 5 MB —
 * on ExcelApi 1.18 as on Excel 2016 (1.1) and 2019 (1.8).
 */
import { PAYLOAD_LIMIT } from './fake-runtime';
import { measureCommands, type CommandCost } from './sync-budget';

const within = (c: CommandCost): boolean => c.syncs <= c.budget;
const table = (costs: readonly CommandCost[]): string[] =>
  costs.map((c) => `${c.command}: ${c.syncs} syncs, ${(c.responseBytes / 1048576).toFixed(1)} MB, budget ${c.budget}`);

test.each([18, 8, 1])('2,000 rows, ExcelApi 1.%i: every command in at most 4 syncs', async (minor) => {
  const costs = await measureCommands(2000, minor);
  expect(costs.map((c) => c.command)).toHaveLength(7);
  for (const c of costs) {
    expect({ command: c.command, failed: c.failed }).toEqual({ command: c.command, failed: 0 });
    expect(c.maxRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(c.maxResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }
  expect(costs.filter((c) => c.syncs > 4).map((c) => table([c])[0])).toEqual([]);
  // The first check: open sheet and grid, tool sheets, looks, writes.
  expect(costs[0]?.syncs).toBeLessThanOrEqual(4);
});

test('20,000 rows: every command in at most 3 + ⌈response bytes / 5 MB⌉ syncs, each under the caps', async () => {
  const costs = await measureCommands(20000);
  const check = costs[0];
  expect(check?.responseBytes).toBeGreaterThan(8 * 1048576);
  expect(costs.filter((c) => !within(c)).map((c) => table([c])[0])).toEqual([]);
  for (const c of costs) {
    expect(c.failed).toBe(0);
    expect(c.maxRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(c.maxResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }
});
