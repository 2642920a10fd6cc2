/** The shape of a rule: a small pure function of the parsed plan (and the grid it came from). */
import type { Grid } from '../grid/grid';
import type { Plan, PlanItem, Role } from '../plan/plan';
import type { Fix, Issue, RuleId, Severity } from '../check/issue';

export interface Rule {
  readonly id: RuleId;
  check(plan: Plan, grid: Grid): Issue[];
}

export function issue(
  rule: RuleId,
  severity: Severity,
  row: number,
  col: number | null,
  message: string,
  fix: Fix | null = null,
): Issue {
  return { rule, severity, row, col, message, fix };
}

interface PlanIndex {
  readonly byRow: Map<number, PlanItem>;
  readonly children: Map<number, PlanItem[]>;
}

// Rules ask for parents and children of every item: index them once per plan, not per question.
const indexes = new WeakMap<Plan, PlanIndex>();

function indexOf(plan: Plan): PlanIndex {
  let index = indexes.get(plan);
  if (!index) {
    const byRow = new Map<number, PlanItem>();
    const children = new Map<number, PlanItem[]>();
    for (const it of plan.items) {
      byRow.set(it.row, it);
      if (it.parentRow === null) continue;
      const siblings = children.get(it.parentRow);
      if (siblings) siblings.push(it);
      else children.set(it.parentRow, [it]);
    }
    index = { byRow, children };
    indexes.set(plan, index);
  }
  return index;
}

/** An item's text for a role, inherited from the parent when an unnumbered sub-row leaves it empty. */
export function effectiveText(plan: Plan, item: PlanItem, role: Role): string {
  const own = item.text[role];
  if (own) return own;
  if (item.number === null && item.parentRow !== null) return indexOf(plan).byRow.get(item.parentRow)?.text[role] ?? '';
  return '';
}

/** The sub-items of an item: a parent may leave a field to its children. */
export function childrenOf(plan: Plan, item: PlanItem): readonly PlanItem[] {
  return indexOf(plan).children.get(item.row) ?? [];
}
