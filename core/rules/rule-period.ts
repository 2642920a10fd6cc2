/** period-mismatch: the order and the plan's title state different periods. */
import { ru } from '../messages/ru';
import { issue, type Rule } from './rule';

export const periodMismatch: Rule = {
  id: 'period-mismatch',
  check(plan) {
    const period = plan.period;
    if (!period) return [];
    const planText = plan.statements.find((s) => s.row === period.row)?.text ?? `${period.from} – ${period.to}`;
    return plan.statements
      .filter((s) => s.row !== period.row && (s.from !== period.from || s.to !== period.to))
      .map((s) =>
        issue('period-mismatch', 'warning', s.row, null, ru.rules.periodMismatch(spanText(s.text), spanText(planText))),
      );
  },
};

/** The «на … год» part of a title line, for a short message. */
function spanText(text: string): string {
  const m = /на\s+\d{4}[^,;]*/i.exec(text);
  return (m ? m[0] : text).replace(/\*+/g, '').trim().slice(0, 60);
}
