/**
 * Time on Apps Script: an execution is killed at 6 minutes, so long loops stop on their own well
 * before, between two units of work; and instants as ISO 8601 in the spreadsheet's time zone.
 */
import { zoneText } from '../core/grid/datetime';

/** Stop before this much of an execution has gone: the rest is for the final writes. */
export const RUN_LIMIT_MS = 4.5 * 60 * 1000;

export class TimeBudget {
  private readonly start = Date.now();
  private last = this.start;
  private slowest = 0;

  constructor(private readonly limitMs = RUN_LIMIT_MS) {}

  /** One unit of work is done (a school file made or read). */
  lap(): void {
    const now = Date.now();
    this.slowest = Math.max(this.slowest, now - this.last);
    this.last = now;
  }

  /** Would one more unit, as slow as the slowest so far, end past the limit? */
  exhausted(): boolean {
    return Date.now() - this.start + this.slowest >= this.limitMs;
  }
}

/** `2025-05-20T14:03:00+03:00`: the wall clock of `timeZone`, so its date is that zone's day. */
export function isoInZone(d: Date, timeZone: string): string {
  const wall = Utilities.formatDate(d, timeZone, 'yyyy-MM-dd HH:mm:ss');
  const [y = 0, mo = 1, da = 1, h = 0, mi = 0, s = 0] = wall.split(/[- :]/).map(Number);
  const offset = Math.round((Date.UTC(y, mo - 1, da, h, mi, s) - Math.floor(d.getTime() / 1000) * 1000) / 60000);
  return `${wall.replace(' ', 'T')}${zoneText(offset)}`;
}

/** The moment of a run and who runs it, as core's checklist flows want them. */
export function runContext(timeZone: string): { now: string; who: string } {
  let who: string;
  try {
    who = Session.getActiveUser().getEmail() || '';
  } catch {
    // Some domains do not tell a script who its user is: the journal then says nobody.
    who = '';
  }
  return { now: isoInZone(new Date(), timeZone), who };
}
