/**
 * A moment as ISO 8601 in this machine's time zone. Node-free: the Excel task pane uses it too,
 * so a run's «when» and a file's «modified» read alike whichever host wrote them.
 */
import { zoneText } from '../core/grid/datetime';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2025-05-20T14:03:00+03:00`: its date is the local day. */
export function localIso(d: Date): string {
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${date}T${time}${zoneText(-d.getTimezoneOffset())}`;
}
