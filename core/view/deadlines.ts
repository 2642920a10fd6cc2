/**
 * «Мои сроки» as data: who the executors are, and what one of them must look at today. Pure
 * functions of the status report, so both hosts' panels show the same list.
 */
import { isoToRu } from '../grid/grid';
import { ru } from '../messages/ru';
import { postponedWithoutDate } from '../status/postponed';
import type { StatusReport, StatusRow } from '../status/status-report';

/** Executors in a «Ответственные» cell: separated by commas, semicolons or line breaks. */
export function splitResponsible(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

const key = (name: string): string => name.toLowerCase().replace(/ё/g, 'е');

/** Every distinct executor of the plan, sorted as a Russian reader expects. */
export function executors(report: StatusReport): string[] {
  const byKey = new Map<string, string>();
  for (const row of report.rows) {
    for (const name of splitResponsible(row.responsible)) if (!byKey.has(key(name))) byKey.set(key(name), name);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'ru'));
}

/** Overdue first, then due soon, then the rest (postponed ones waiting for a date). */
function rank(row: StatusRow): number {
  return row.control.kind === 'overdue' ? 0 : row.control.kind === 'due-soon' ? 1 : 2;
}

/** One line of «Мои сроки»: the measure, and whether its new date is still to be given. */
export interface DueItem {
  readonly row: StatusRow;
  readonly newDate: boolean;
}

/**
 * The measures of `who` ('' for everyone) that need attention: overdue first (most overdue on
 * top), then due soon, then «Перенесено» ones still waiting for their new date.
 */
export function dueFor(report: StatusReport, who: string): DueItem[] {
  const wanted = key(who.trim());
  const waiting = new Set(postponedWithoutDate(report).map((r) => r.row));
  const mine = (row: StatusRow): boolean =>
    wanted === '' || splitResponsible(row.responsible).some((n) => key(n) === wanted);
  return report.rows
    .filter((row) => mine(row) && (rank(row) < 2 || waiting.has(row.row)))
    .sort((a, b) => rank(a) - rank(b) || (a.control.daysLeft ?? 0) - (b.control.daysLeft ?? 0) || a.row - b.row)
    .map((row) => ({ row, newDate: waiting.has(row.row) }));
}

/** The cell a click selects: the measure's «Статус», else its activity, else the first column. */
export function cellColumn(report: StatusReport): number {
  return report.columns?.status ?? report.columns?.activity ?? 1;
}

/** The control date as the panel shows it: `21.06.2021`, or «без срока». */
export function controlDateText(row: StatusRow): string {
  return row.controlDate ? isoToRu(row.controlDate) : ru.panel.noDate;
}
