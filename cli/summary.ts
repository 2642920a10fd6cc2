/** The short human report of `oko check`: the plan found, issue counts, one line per issue. */
import { countBySeverity, type Issue } from '../core/check/issue';
import { markedCol, sortIssues } from '../core/changes/marks';
import { a1, isoToRu } from '../core/grid/grid';
import { ru, SEVERITY_NAMES } from '../core/messages/ru';
import type { Plan } from '../core/plan/plan';

/** `B15 [Ошибка] message`: the cell the issue marks in the copy, its severity, its message. */
export function issueLine(plan: Plan, issue: Issue): string {
  return `${a1(issue.row, markedCol(plan, issue))} [${SEVERITY_NAMES[issue.severity]}] ${issue.message}`;
}

export function summaryLines(plan: Plan, issues: readonly Issue[]): string[] {
  const s = ru.cli.summary;
  const n = countBySeverity(issues);
  return [
    s.sheet(plan.sheet),
    plan.header.row === null ? s.noHeaderRow : s.headerRow(plan.header.row),
    plan.period ? s.period(isoToRu(plan.period.from), isoToRu(plan.period.to)) : s.noPeriod,
    s.items(plan.items.length),
    issues.length === 0 ? s.noIssues : s.issues(issues.length, n.error, n.warning, n.info),
    ...sortIssues(issues).map((i) => issueLine(plan, i)),
  ];
}
