/** missing-activity, missing-deadline, missing-responsible, missing-result. */
import { ru } from '../messages/ru';
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

/** In a two-level plan an empty municipal cell beside a filled school cell is a warning, not an error. */
export const missingActivity: Rule = {
  id: 'missing-activity',
  check(plan) {
    const col = plan.header.columns.activity;
    if (col === undefined) return [];
    const schoolCol = plan.header.columns.school;
    return plan.items
      .filter((it) => !it.text.activity)
      .map((it) =>
        schoolCol !== undefined && it.text.school
          ? issue('missing-activity', 'warning', it.row, col, ru.rules.missingActivityLevel)
          : issue('missing-activity', 'error', it.row, col, ru.rules.missingActivity),
      );
  },
};

export const missingDeadline = fieldRule('missing-deadline', 'deadline', 'error', ru.rules.missingDeadline);
export const missingResponsible = fieldRule('missing-responsible', 'responsible', 'error', ru.rules.missingResponsible);
export const missingResult = fieldRule('missing-result', 'result', 'warning', ru.rules.missingResult);
