/** «Проверить план»: grid → parsed plan → issues. Pure; the host reads the grid and applies marks. */
import type { Grid } from '../grid/grid';
import type { Plan } from '../plan/plan';
import { readPlan } from '../plan/read-plan';
import { runRules } from '../rules/registry';
import type { Issue } from './issue';

import type { Problem } from './problem';

export type { Problem };

export type CheckOutcome =
  | { readonly ok: true; readonly plan: Plan; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly problem: Problem };

export function checkGrid(grid: Grid): CheckOutcome {
  const read = readPlan(grid);
  if (!read.ok) return read;
  return { ok: true, plan: read.plan, issues: runRules(read.plan, grid) };
}
