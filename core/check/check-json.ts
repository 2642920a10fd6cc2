/** The `oko check --json` shape of the CLI contract. */
import { colLetter } from '../grid/grid';
import type { Plan, Role } from '../plan/plan';
import type { Issue } from './issue';

export interface CheckJson {
  sheet: string;
  header: { row: number | null; columns: Partial<Record<Role, string>> };
  period: { from: string; to: string } | null;
  items: {
    row: number;
    rows: number[];
    number: string | null;
    section: string | null;
    activity: string;
    region?: string;
    school?: string;
    deadline: { text: string; kind: string; from: string | null; to: string | null } | null;
    responsible: string;
    result: string;
  }[];
  issues: {
    rule: string;
    severity: string;
    row: number;
    column: string | null;
    message: string;
    fix: { label: string; edits: { cell: string; value: string | null }[] } | null;
  }[];
}

export function toCheckJson(plan: Plan, issues: readonly Issue[]): CheckJson {
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, col] of Object.entries(plan.header.columns) as [Role, number][]) columns[role] = colLetter(col);
  return {
    sheet: plan.sheet,
    header: { row: plan.header.row, columns },
    period: plan.period ? { from: plan.period.from, to: plan.period.to } : null,
    items: plan.items.map((it) => ({
      row: it.row,
      rows: [...it.rows],
      number: it.number,
      section: it.section,
      activity: it.text.activity ?? '',
      ...(plan.header.columns.region !== undefined ? { region: it.text.region ?? '' } : {}),
      ...(plan.header.columns.school !== undefined ? { school: it.text.school ?? '' } : {}),
      deadline: it.deadline
        ? { text: it.deadline.text, kind: it.deadline.kind, from: it.deadline.from, to: it.deadline.to }
        : null,
      responsible: it.text.responsible ?? '',
      result: it.text.result ?? '',
    })),
    issues: issues.map((i) => ({
      rule: i.rule,
      severity: i.severity,
      row: i.row,
      column: i.col === null ? null : colLetter(i.col),
      message: i.message,
      fix: i.fix
        ? {
            label: i.fix.label,
            edits: i.fix.edits.map((e) => ({ cell: `${colLetter(e.col)}${e.row}`, value: e.value })),
          }
        : null,
    })),
  };
}
