/** The plan period: from the plan's own title, else the table's year blocks, else the deadlines. */
import type { IsoDate } from '../grid/grid';
import { parseYearStatement } from '../deadline/year-span';
import type { Deadline, DeadlineContext } from '../deadline/deadline';
import { parseIso } from '../grid/dates';
import type { PeriodStatement, PlanBlock, PlanPeriod } from './plan';

/** Period statements in the free text above the table («на 2021-2022 уч. год»). */
export function findStatements(texts: readonly (readonly string[])[], beforeRow: number): PeriodStatement[] {
  const out: PeriodStatement[] = [];
  for (let r = 1; r < beforeRow; r++) {
    const text = (texts[r - 1] ?? []).filter(Boolean).join(' ');
    if (!text) continue;
    const span = parseYearStatement(text);
    if (span) out.push({ row: r, text, ...span });
  }
  return out;
}

/** The plan's own title is the statement nearest above the table; one that names a period comes first. */
export function titlePeriod(statements: readonly PeriodStatement[]): PlanPeriod | null {
  const own = statements.filter((s) => s.named).pop() ?? statements[statements.length - 1];
  return own ? { from: own.from, to: own.to, source: 'title', row: own.row } : null;
}

export function blocksPeriod(blocks: readonly PlanBlock[]): PlanPeriod | null {
  if (blocks.length === 0) return null;
  const years = blocks.map((b) => b.year);
  return { from: `${Math.min(...years)}-01-01`, to: `${Math.max(...years)}-12-31`, source: 'table', row: null };
}

/**
 * From deadlines read without context: the academic year they state most often («в течение
 * 2021-2022 учебного года»), else the span of their dates, as one academic year when it fits.
 */
export function deadlinesPeriod(deadlines: readonly (Deadline | null)[]): PlanPeriod | null {
  const counts = new Map<string, number>();
  for (const d of deadlines) {
    if (d?.kind === 'period' && d.from && d.to && !d.repeat) {
      const key = `${d.from}|${d.to}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [key, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = key;
  if (best) {
    const [from = '', to = ''] = best.split('|');
    return { from, to, source: 'deadlines', row: null };
  }
  const dates: IsoDate[] = [];
  for (const d of deadlines) {
    if (d && (d.kind === 'date' || d.kind === 'range')) {
      if (d.from) dates.push(d.from);
      if (d.to) dates.push(d.to);
    }
  }
  if (dates.length === 0) return null;
  dates.sort();
  const first = parseIso(dates[0] ?? '');
  const last = parseIso(dates[dates.length - 1] ?? '');
  const startYear = first.m >= 9 ? first.y : first.y - 1;
  const academicEnd = `${startYear + 1}-08-31`;
  if ((dates[dates.length - 1] ?? '') <= academicEnd) {
    return { from: `${startYear}-09-01`, to: academicEnd, source: 'deadlines', row: null };
  }
  return { from: `${first.y}-01-01`, to: `${last.y}-12-31`, source: 'deadlines', row: null };
}

/** What the deadline parser needs from the period. */
export function deadlineContext(period: PlanPeriod | null): DeadlineContext {
  if (!period) return { academicYear: null, period: null };
  const from = parseIso(period.from);
  const academic = from.m === 9 && from.d === 1 && period.to === `${from.y + 1}-08-31`;
  return { academicYear: academic ? from.y : null, period: { from: period.from, to: period.to } };
}

/** The context of a year block: one calendar year. */
export function blockContext(year: number): DeadlineContext {
  return { academicYear: null, period: { from: `${year}-01-01`, to: `${year}-12-31` } };
}
