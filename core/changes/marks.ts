/** Turns issues into marks on the plan (fill + note per cell) and the «Замечания» sheet. */
import { a1, type CellValue } from '../grid/grid';
import type { Plan } from '../plan/plan';
import type { Issue, RuleId, Severity } from '../check/issue';
import { ru, SEVERITY_NAMES } from '../messages/ru';
import type { Change, OutputValue } from './change-set';

export const SEVERITY_COLORS: Record<Severity, string> = {
  error: '#F4CCCC',
  warning: '#FFE599',
  info: '#CFE2F3',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues sorted for people: by row, then severity, then column. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => a.row - b.row || RANK[a.severity] - RANK[b.severity] || (a.col ?? 0) - (b.col ?? 0),
  );
}

/** The cell an issue marks: its own column, or the first column of the plan for row-level issues. */
export function markedCol(plan: Plan, issue: Issue): number {
  return issue.col ?? Math.min(...Object.values(plan.header.columns), 1);
}

/** A sheet is the tool's report when its first row is the report's header. */
export function isOwnReport(rows: readonly (readonly CellValue[])[]): boolean {
  const head = rows[0] ?? [];
  return ru.report.columns.every((title, i) => head[i] === title);
}

/**
 * Where the report goes: «Замечания», unless the book already has a sheet of that name that the
 * official made — that one is never overwritten, the report takes a name of its own.
 */
export function reportSheetName(existing: readonly (readonly CellValue[])[] | null): string {
  return existing === null || isOwnReport(existing) ? ru.report.sheetName : ru.report.altSheetName;
}

export function markChanges(plan: Plan, issues: readonly Issue[], reportName: string = ru.report.sheetName): Change[] {
  const byCell = new Map<string, { row: number; col: number; issues: Issue[] }>();
  for (const issue of sortIssues(issues)) {
    const col = markedCol(plan, issue);
    const key = a1(issue.row, col);
    const cell = byCell.get(key) ?? { row: issue.row, col, issues: [] };
    cell.issues.push(issue);
    byCell.set(key, cell);
  }
  const changes: Change[] = [];
  for (const cell of byCell.values()) {
    const worst = cell.issues.reduce((w, i) => (RANK[i.severity] < RANK[w] ? i.severity : w), 'info' as Severity);
    changes.push({ kind: 'fill', sheet: plan.sheet, row: cell.row, col: cell.col, color: SEVERITY_COLORS[worst] });
    const text = [ru.report.noteHeader, ...cell.issues.map((i) => `${SEVERITY_NAMES[i.severity]}: ${i.message}`)].join(
      '\n',
    );
    changes.push({ kind: 'note', sheet: plan.sheet, row: cell.row, col: cell.col, text });
  }
  changes.push(reportSheet(plan, issues, reportName));
  return changes;
}

/** Typed by rule: a new rule without a Russian name fails the build. */
const RULE_NAMES: Readonly<Record<RuleId, string>> = ru.report.ruleNames;

function reportSheet(plan: Plan, issues: readonly Issue[], name: string): Change {
  const rows: OutputValue[][] = [[...ru.report.columns, ru.report.idColumn]];
  const rowFills: Record<number, string> = {};
  sortIssues(issues).forEach((issue, i) => {
    const col = markedCol(plan, issue);
    rows.push([
      i + 1,
      SEVERITY_NAMES[issue.severity],
      RULE_NAMES[issue.rule],
      { text: a1(issue.row, col), sheet: plan.sheet, row: issue.row, col },
      issue.message,
      issue.fix ? issue.fix.label : '',
      issue.rule,
    ]);
    rowFills[i + 2] = SEVERITY_COLORS[issue.severity];
  });
  return {
    kind: 'sheet',
    name,
    rows,
    widths: [5, 15, 24, 9, 70, 26, 12],
    boldRows: [1],
    rowFills,
    wrapCols: [3, 5, 6, 7],
    freezeRows: 1,
    print: { orientation: 'landscape', titleRows: 1 },
  };
}
