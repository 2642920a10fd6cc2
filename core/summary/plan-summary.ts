/**
 * The plan's half of the summary, from the status report (the same one `oko status` and
 * «Статусы» compute): totals by status and by «Контроль», by section, by responsible, and the
 * overdue and upcoming lists. Without a «Статус» column only what the plan itself says is given.
 */
import { ru } from '../messages/ru';
import { CONTROL_KINDS, type StatusReport, type StatusRow } from '../status/status-report';
import { STATUS_IDS } from '../status/control';
import { percentsTo100 } from './numbers';
import { responsibleKey, splitResponsible } from './responsible';
import type { MeasureLine, PlanSummary, ResponsibleLine, SectionLine } from './summary-types';

export interface PlanSummaryOptions {
  readonly tracked: boolean;
  readonly upcomingDays: number;
  readonly dueSoonDays: number;
}

const isOverdue = (r: StatusRow): boolean => r.control.kind === 'overdue';
const isDone = (r: StatusRow): boolean => r.status === 'done';

function sections(rows: readonly StatusRow[], tracked: boolean): SectionLine[] {
  if (rows.every((r) => r.section === null)) return [];
  const order: string[] = [];
  const groups = new Map<string, StatusRow[]>();
  for (const r of rows) {
    const title = r.section ?? ru.summary.noSection;
    const group = groups.get(title);
    if (group) group.push(r);
    else {
      groups.set(title, [r]);
      order.push(title);
    }
  }
  return order.map((title) => {
    const g = groups.get(title) ?? [];
    return {
      title,
      items: g.length,
      done: tracked ? g.filter(isDone).length : null,
      overdue: tracked ? g.filter(isOverdue).length : null,
    };
  });
}

/** Each executor named in a measure counts it once; most loaded first, then by name. */
function responsible(rows: readonly StatusRow[], tracked: boolean): ResponsibleLine[] {
  const lines = new Map<string, { name: string; items: number; overdue: number }>();
  for (const r of rows) {
    const names = splitResponsible(r.responsible);
    for (const name of names.length ? names : [ru.summary.noResponsible]) {
      const key = responsibleKey(name);
      const line = lines.get(key) ?? { name, items: 0, overdue: 0 };
      line.items++;
      if (isOverdue(r)) line.overdue++;
      lines.set(key, line);
    }
  }
  return [...lines.values()]
    .sort((a, b) => b.items - a.items || a.name.localeCompare(b.name, 'ru'))
    .map((l) => ({ name: l.name, items: l.items, overdue: tracked ? l.overdue : null }));
}

function measureLine(r: StatusRow, days: number): MeasureLine {
  return {
    row: r.row,
    number: r.number,
    activity: r.activity,
    deadline: r.deadline,
    controlDate: r.controlDate,
    days,
    responsible: r.responsible,
  };
}

const byDaysThenRow = (a: MeasureLine, b: MeasureLine): number => a.days - b.days || a.row - b.row;

export function planSummary(report: StatusReport, options: PlanSummaryOptions): PlanSummary {
  const { tracked, upcomingDays, dueSoonDays } = options;
  const rows = report.rows;
  const n = rows.length;
  // Each table's shares add up to 100: one rounding for the table and the text that quotes it.
  const statusPct = percentsTo100(STATUS_IDS.map((id) => report.totals.status[id]));
  const statuses = STATUS_IDS.map((id, i) => ({
    id,
    label: ru.status.names[id],
    count: report.totals.status[id],
    percent: statusPct[i] ?? 0,
  }));
  const controlPct = percentsTo100(CONTROL_KINDS.map((id) => report.totals.control[id]));
  const controls = CONTROL_KINDS.map((id, i) => {
    const c = ru.summary.control[id];
    const label = typeof c === 'function' ? c(dueSoonDays) : c;
    return { id, label, count: report.totals.control[id], percent: controlPct[i] ?? 0 };
  });
  const overdue = rows
    .filter(isOverdue)
    .map((r) => measureLine(r, -(r.control.daysLeft ?? 0)))
    .sort((a, b) => b.days - a.days || a.row - b.row);
  const upcoming = rows
    // The «Срок в ближайшие N дней» line of «Контроль», measure by measure: one count, one horizon.
    .filter((r) => r.control.kind === 'due-soon')
    .map((r) => measureLine(r, r.control.daysLeft ?? 0))
    .sort(byDaysThenRow);
  return {
    items: n,
    tracked,
    statuses: tracked ? statuses : null,
    controls: tracked ? controls : null,
    sections: sections(rows, tracked),
    responsible: responsible(rows, tracked),
    overdue: tracked ? overdue : null,
    upcoming,
    upcomingDays: Math.min(upcomingDays, dueSoonDays),
    dueSoonDays,
  };
}
