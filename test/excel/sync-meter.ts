/** Wraps the adapter so a test sees how many syncs, and how many bytes, each host call cost. */
import type { AsyncSheetHost } from '../../core/host/host';
import type { FakeStats } from './fake-runtime';

export interface CallCost {
  readonly method: string;
  readonly syncs: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
}

export function metered(host: AsyncSheetHost, stats: FakeStats): { host: AsyncSheetHost; costs: CallCost[] } {
  const costs: CallCost[] = [];
  const wrap = <K extends keyof AsyncSheetHost>(method: K): AsyncSheetHost[K] =>
    (async (...args: unknown[]) => {
      const from = stats.syncs.length;
      const fn = host[method] as (...a: unknown[]) => Promise<unknown>;
      const result = await fn.apply(host, args);
      const mine = stats.syncs.slice(from);
      costs.push({
        method,
        syncs: mine.length,
        maxRequest: Math.max(0, ...mine.map((s) => s.request)),
        maxResponse: Math.max(0, ...mine.map((s) => s.response)),
      });
      return result;
    }) as AsyncSheetHost[K];
  return {
    costs,
    host: {
      activeSheet: wrap('activeSheet'),
      sheetNames: wrap('sheetNames'),
      readGrid: wrap('readGrid'),
      readLooks: wrap('readLooks'),
      readToolSheet: wrap('readToolSheet'),
      apply: wrap('apply'),
      select: wrap('select'),
    },
  };
}
