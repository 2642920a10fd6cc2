/**
 * Round trips of each command as a person runs it (ribbon or pane, through office-bridge): syncs,
 * response bytes and the largest request and response, on a plan of the given size in the fake.
 * Shared by the budget tests and `npm run bench:excel`.
 */
import { officeBridge } from '../../office-addin/office-bridge';
import { planMemory, runSummary } from '../../office-addin/summary/summary-run';
import { bookOf, rig } from './excel-fixture';
import type { FakeStats } from './fake-runtime';
import { planWithIssues } from './scale-plan';

const MB = 1024 * 1024;
const TODAY = '2022-03-20';

export interface CommandCost {
  readonly command: string;
  readonly syncs: number;
  readonly responseBytes: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
  readonly failed: number;
  /** The budget: 4 syncs up to 2,000 rows' worth of data, else 3 + ⌈response bytes / 5 MB⌉. */
  readonly budget: number;
}

/** The budget of a command that received `responseBytes`. */
export const syncBudget = (responseBytes: number): number => Math.max(4, 3 + Math.ceil(responseBytes / (5 * MB)));

function cost(command: string, stats: FakeStats, from: number): CommandCost {
  const mine = stats.syncs.slice(from);
  const responseBytes = mine.reduce((n, s) => n + s.response, 0);
  return {
    command,
    syncs: mine.length,
    responseBytes,
    maxRequest: Math.max(0, ...mine.map((s) => s.request)),
    maxResponse: Math.max(0, ...mine.map((s) => s.response)),
    failed: mine.filter((s) => s.failed).length,
    budget: syncBudget(responseBytes),
  };
}

/** «Проверить план», again, «Статусы» (enable, refresh, view), «Сводная справка», «Снять отметки». */
export async function measureCommands(rows: number, apiMinor = 18): Promise<CommandCost[]> {
  const { fake, host } = rig(bookOf(planWithIssues(rows)), apiMinor);
  const bridge = officeBridge(host, () => TODAY);
  const memory = planMemory();
  const steps: [string, () => Promise<{ ok: boolean }>][] = [
    ['Проверить план', () => bridge.check()],
    ['Проверить план (снова)', () => bridge.check()],
    ['Статусы: включить', () => bridge.enableTracking()],
    ['Статусы: обновить', () => bridge.refreshTracking()],
    ['Мои сроки', () => bridge.statuses()],
    ['Сводная справка', () => runSummary(host, TODAY, memory)],
    ['Снять отметки', async () => ({ ok: (await bridge.clearMarks()).length > 0 })],
  ];
  const costs: CommandCost[] = [];
  for (const [command, run] of steps) {
    const from = fake.stats.syncs.length;
    const result = await run();
    if (!result.ok) throw new Error(`${command}: not ok`);
    costs.push(cost(command, fake.stats, from));
  }
  return costs;
}
