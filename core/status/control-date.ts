/**
 * The control date of a measure: the day by which it is due, from its parsed deadline and today.
 * Recurring measures get the occurrence that is current for today, or the next one once done.
 */
import type { IsoDate } from '../grid/grid';
import { iso, monthEnd, monthStart, parseIso } from '../grid/dates';
import type { Deadline, Repeat } from '../deadline/deadline';

interface Window {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * Months as one yearly window: the parser gives them sorted, so «декабрь–январь» arrives as
 * [1, 12]; the window starts after the largest gap between months on the year's circle.
 */
export function windowMonths(sorted: readonly number[]): number[] {
  if (sorted.length < 2) return [...sorted];
  let start = 0;
  let widest = -1;
  sorted.forEach((m, i) => {
    const prev = sorted[(i - 1 + sorted.length) % sorted.length] ?? m;
    const gap = (m - prev + 12) % 12;
    if (gap > widest) {
      widest = gap;
      start = i;
    }
  });
  return [...sorted.slice(start), ...sorted.slice(0, start)];
}

/** The yearly window starting in `year`; it may cross New Year («декабрь–январь»). */
function yearWindow(repeat: Repeat, year: number): Window | null {
  const months = windowMonths(repeat.months);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return null;
  const crosses = months.some((m, i) => i > 0 && m < (months[i - 1] ?? m));
  const endYear = crosses ? year + 1 : year;
  const end = repeat.day !== null ? iso(endYear, last, repeat.day) : monthEnd(endYear, last);
  return { start: monthStart(year, first), end };
}

function annualDate(repeat: Repeat, today: IsoDate, done: boolean): IsoDate | null {
  const year = parseIso(today).y;
  const previous = yearWindow(repeat, year - 1);
  // Inside a window that began last year and has not ended yet: that is the current occurrence.
  const currentYear =
    previous && previous.end >= today && monthStart(year, windowMonths(repeat.months)[0] ?? 1) > today
      ? year - 1
      : year;
  const current = yearWindow(repeat, done ? currentYear + 1 : currentYear);
  return current?.end ?? null;
}

/** Monthly (or quarterly) occurrences: the one of today's month, or the next listed month. */
function monthlyDate(repeat: Repeat, today: IsoDate, done: boolean): IsoDate {
  const t = parseIso(today);
  const listed = (m: number): boolean => repeat.months.length === 0 || repeat.months.includes(m);
  let y = t.y;
  let m = t.m;
  let skip = done ? 1 : 0;
  for (let guard = 0; guard < 40; guard++) {
    if (listed(m)) {
      if (skip === 0)
        return repeat.day !== null ? iso(y, m, Math.min(repeat.day, parseIso(monthEnd(y, m)).d)) : monthEnd(y, m);
      skip--;
    }
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return monthEnd(t.y, t.m);
}

/** Null where the measure has no date of its own (event, on request, continuous, unparsed). */
export function controlDate(deadline: Deadline | null, today: IsoDate, done = false): IsoDate | null {
  if (!deadline) return null;
  const repeat = deadline.repeat;
  if (repeat?.every === 'year') return annualDate(repeat, today, done);
  if (repeat?.every === 'month') return monthlyDate(repeat, today, done);
  switch (deadline.kind) {
    case 'date':
    case 'range':
    case 'period':
      return deadline.to;
    default:
      return null;
  }
}
