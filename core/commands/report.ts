/** What the sidebar and the task pane show: plain JSON, no Date objects, every text in Russian. */
import { a1, isoToRu } from '../grid/grid';
import { countBySeverity, type Issue, type Severity } from '../check/issue';
import type { Plan } from '../plan/plan';
import { SEVERITY_NAMES } from '../messages/ru';
import { markedCol, sortIssues } from '../changes/marks';

export interface IssueView {
  /** Stable for one state of the sheet: rule, row and column. */
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly severityName: string;
  readonly row: number;
  readonly col: number;
  readonly cell: string;
  readonly message: string;
  /** Label of the one-click fix, or null. */
  readonly fix: string | null;
}

export interface CheckReport {
  readonly ok: boolean;
  readonly sheet: string;
  /** One Russian sentence: the outcome or the problem. */
  readonly message: string;
  readonly items: number;
  readonly period: string | null;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly issues: readonly IssueView[];
}

export const issueId = (i: Pick<Issue, 'rule' | 'row' | 'col'>): string => `${i.rule}@${i.row}:${i.col ?? 0}`;

export function reportOf(plan: Plan, issues: readonly Issue[], message: string): CheckReport {
  const counts = countBySeverity(issues);
  return {
    ok: true,
    sheet: plan.sheet,
    message,
    items: plan.items.length,
    period: plan.period ? `${isoToRu(plan.period.from)} – ${isoToRu(plan.period.to)}` : null,
    counts,
    issues: sortIssues(issues).map((i) => {
      const col = markedCol(plan, i);
      return {
        id: issueId(i),
        rule: i.rule,
        severity: i.severity,
        severityName: SEVERITY_NAMES[i.severity],
        row: i.row,
        col,
        cell: a1(i.row, col),
        message: i.message,
        fix: i.fix?.label ?? null,
      };
    }),
  };
}

export function problemReport(sheet: string, message: string): CheckReport {
  return { ok: false, sheet, message, items: 0, period: null, counts: { error: 0, warning: 0, info: 0 }, issues: [] };
}
