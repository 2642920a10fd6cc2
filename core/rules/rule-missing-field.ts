/** missing-activity, missing-deadline, missing-responsible, missing-result. */
import { ru, ROLE_NAMES } from '../messages/ru';
import type { Plan, PlanItem, Role } from '../plan/plan';
import type { RuleId, Severity } from '../check/issue';
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

function fieldRule(id: RuleId, role: Role, severity: Severity, message: string): Rule {
  return {
    id,
    check(plan) {
      const col = plan.header.columns[role];
      if (col === undefined) return [];
      return plan.items.filter((it) => missing(plan, it, role)).map((it) => issue(id, severity, it.row, col, message));
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
  check(plan) {
    const cols = plan.header.columns;
    const col = cols.activity ?? cols.region ?? cols.school;
    if (col === undefined) return [];
    return plan.items.flatMap((it) => {
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
