/**
 * The plan-sheet choice (core/plan/plan-sheet.ts) on a host that has no sheet named: the book's
 * sheets are read once each (the tool's own sheets are not read), then core chooses. Runs only
 * when the open sheet is not a plan, so its reads do not weigh on the usual path.
 */
import type { Grid } from '../grid/grid';
import { BACKUP_SHEET } from '../marks/mark-backup';
import { choosePlanSheet, isToolSheetName, type PlanSheetChoice } from '../plan/plan-sheet';
import { call, type Flow } from './flow';

export interface PlanSheetAsk {
  /** The sheet last checked or tracked, as the host remembers it; else the marks backup tells. */
  readonly remembered: string | null;
  /** A sheet already known not to hold the plan (the open one). */
  readonly skip?: string;
  /** The book's sheet names when the caller has them already. */
  readonly names?: readonly string[];
}

export function* choosePlanFlow(ask: PlanSheetAsk): Flow<PlanSheetChoice> {
  const names = ask.names ?? (yield* call('sheetNames'));
  const grids: Grid[] = [];
  for (const name of names) {
    if (name !== ask.skip && !isToolSheetName(name)) grids.push(yield* call('readGrid', name));
  }
  if (ask.remembered === null) {
    const backup = yield* call('readToolSheet', BACKUP_SHEET);
    if (backup) grids.push({ sheet: BACKUP_SHEET, values: backup, merges: [] });
  }
  return choosePlanSheet({ grids, remembered: ask.remembered, by: 'open' });
}
