/** missing-activity, missing-deadline, missing-responsible, missing-result. */
import { cellValue, isErrorValue, type Grid } from '../grid/grid';
import { ru, ROLE_NAMES } from '../messages/ru';
import type { Plan, PlanItem, Role } from '../plan/plan';
import type { Issue, RuleId, Severity } from '../check/issue';
import { childrenOf, effectiveText, issue, type Rule } from './rule';

/**
 * Empty and not covered: an unnumbered sub-row inherits from its item; a numbered parent
 * («3.1 …, в том числе:») may leave the field to its numbered sub-items.
 */
function missing(plan: Plan, item: PlanItem, role: Role): boolean {
  if (effectiveText(plan, item, role)) return false;
  const children = childrenOf(plan, item).filter((c) => c.number !== null);
  return children.length === 0 || !children.every((c) => c.text[role]);
}

/**
 * The error a formula left in the cell (#REF!, #N/A, #DIV/0!…), or null. Its text is not the
 * field's value: what the cell held is lost, which is an error whatever the field.
 */
export function formulaErrorAt(grid: Grid, row: number, col: number): string | null {
  const v = cellValue(grid, row, col);
  return isErrorValue(v) ? v.error : null;
}

/** The error issue of a field whose cell holds a formula error; null when it holds none. */
function formulaErrorIssue(id: RuleId, grid: Grid, row: number, col: number | undefined, role: Role): Issue | null {
  if (col === undefined) return null;
  const error = formulaErrorAt(grid, row, col);
  return error === null ? null : issue(id, 'error', row, col, ru.rules.formulaError(ROLE_NAMES[role], error));
}

function fieldRule(id: RuleId, role: Role, severity: Severity, message: string): Rule {
  return {
    id,
    check(plan, grid) {
      const col = plan.header.columns[role];
      if (col === undefined) return [];
      return plan.items.flatMap((it) => {
        const error = formulaErrorIssue(id, grid, it.row, col, role);
        if (error) return [error];
        return missing(plan, it, role) ? [issue(id, severity, it.row, col, message)] : [];
      });
    },
  };
}

const LEVELS = ['activity', 'region', 'school'] as const;

/**
 * A plan by levels (municipal | school, or regional | municipal | school) has an item while any
 * level holds text; an empty municipal level beside a filled one is a warning, other levels may be blank.
 */
export const missingActivity: Rule = {
  id: 'missing-activity',
  check(plan, grid) {
    const cols = plan.header.columns;
    const col = cols.activity ?? cols.region ?? cols.school;
    if (col === undefined) return [];
    return plan.items.flatMap((it) => {
      const error = formulaErrorIssue('missing-activity', grid, it.row, cols.activity, 'activity');
      if (error) return [error];
      const filled = LEVELS.filter((l) => cols[l] !== undefined && it.text[l]);
      if (filled.length === 0) return [issue('missing-activity', 'error', it.row, col, ru.rules.missingActivity)];
      if (cols.activity === undefined || it.text.activity) return [];
      const names = filled.map((l) => ROLE_NAMES[l]);
      return [issue('missing-activity', 'warning', it.row, cols.activity, ru.rules.missingActivityLevel(names))];
    });
  },
};

export const missingDeadline = fieldRule('missing-deadline', 'deadline', 'error', ru.rules.missingDeadline);
export const missingResponsible = fieldRule('missing-responsible', 'responsible', 'error', ru.rules.missingResponsible);
export const missingResult = fieldRule('missing-result', 'result', 'warning', ru.rules.missingResult);
