/**
 * period-mismatch: the text above the plan names a period (the order's «на 2020 год») other than
 * the plan's own. Only lines that name a period count: an order's date and number never do.
 */
import { isoToRu } from '../grid/grid';
import { ru } from '../messages/ru';
import { issue, type Rule } from './rule';

export const periodMismatch: Rule = {
  id: 'period-mismatch',
  check(plan) {
    const period = plan.period;
    if (!period || period.source !== 'title') return [];
    return plan.statements
      .filter((s) => s.named && s.row !== period.row && (s.from !== period.from || s.to !== period.to))
      .map((s) =>
        issue(
          'period-mismatch',
          'warning',
          s.row,
          null,
          ru.rules.periodMismatch(isoToRu(s.from), isoToRu(s.to), isoToRu(period.from), isoToRu(period.to)),
        ),
      );
  },
};
