/** What core cannot know by itself: the moment of a run and who runs it, as this machine says. */
import { userInfo } from 'node:os';
import type { CollectContext } from '../core/checklists/collect';

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 in this machine's time zone (`2025-05-20T14:03:00+03:00`): its date is the local day. */
export function localIso(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The login of whoever runs the command; '' where the system does not say. */
export function whoRuns(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? '';
  }
}

export function runContext(now = new Date()): CollectContext {
  return { now: localIso(now), who: whoRuns() };
}
