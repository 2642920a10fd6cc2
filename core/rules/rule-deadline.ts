/** deadline-unparsed, deadline-outside-period, deadline-reversed. */
import { isoToRu } from '../grid/grid';
import { ru } from '../messages/ru';
import { issue, type Rule } from './rule';
import { formulaErrorAt } from './rule-missing-field';

export const deadlineUnparsed: Rule = {
  id: 'deadline-unparsed',
  check(plan, grid) {
    const col = plan.header.columns.deadline;
    if (col === undefined) return [];
    // A formula's error is reported by missing-deadline, as the lost value it is.
    return plan.items
      .filter((it) => it.deadline?.kind === 'unparsed' && formulaErrorAt(grid, it.row, col) === null)
      .map((it) =>
        issue('deadline-unparsed', 'warning', it.row, col, ru.rules.deadlineUnparsed(it.deadline?.text ?? '')),
      );
  },
};

export const deadlineOutsidePeriod: Rule = {
  id: 'deadline-outside-period',
  check(plan) {
    const col = plan.header.columns.deadline;
    const period = plan.period;
    if (col === undefined || !period) return [];
    return plan.items
      .filter((it) => {
        const d = it.deadline;
        if (!d || !['date', 'range', 'period'].includes(d.kind)) return false;
        return (
          (d.from !== null && (d.from < period.from || d.from > period.to)) ||
          (d.to !== null && (d.to < period.from || d.to > period.to))
        );
      })
      .map((it) =>
        issue(
          'deadline-outside-period',
          'warning',
          it.row,
          col,
          ru.rules.deadlineOutside(it.deadline?.text ?? '', isoToRu(period.from), isoToRu(period.to)),
        ),
      );
  },
};

export const deadlineReversed: Rule = {
  id: 'deadline-reversed',
  check(plan) {
    const col = plan.header.columns.deadline;
    if (col === undefined) return [];
    return plan.items
      .filter((it) => it.deadline?.reversed === true)
      .map((it) =>
        issue('deadline-reversed', 'error', it.row, col, ru.rules.deadlineReversed(it.deadline?.text ?? '')),
      );
  },
};
