/** Calendar arithmetic on ISO dates, without the host's clock or time zone. */
import type { IsoDate } from './grid';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function iso(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 30;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function monthStart(y: number, m: number): IsoDate {
  return iso(y, m, 1);
}

export function monthEnd(y: number, m: number): IsoDate {
  return iso(y, m, daysInMonth(y, m));
}

export function parseIso(d: IsoDate): { y: number; m: number; d: number } {
  const [y, m, dd] = d.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: dd ?? 1 };
}

/** Days since 1970-01-01 (UTC civil calendar), for differences between dates. */
export function dayNumber(d: IsoDate): number {
  const p = parseIso(d);
  return Math.round(Date.UTC(p.y, p.m - 1, p.d) / 86400000);
}

export function fromDayNumber(n: number): IsoDate {
  const t = new Date(n * 86400000);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(d) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Excel serial day (1900 date system, with Excel's 1900-02-29 quirk) → ISO date. */
export function excelSerialToIso(serial: number): IsoDate {
  const whole = Math.floor(serial);
  // Serial 60 is the fictitious 1900-02-29; days after it are shifted by one.
  const offset = whole > 60 ? 25569 : 25568;
  return fromDayNumber(whole - offset);
}

export function isoToExcelSerial(d: IsoDate): number {
  const n = dayNumber(d) + 25569;
  return n <= 60 ? n - 1 : n;
}

/** Plausible serials for plan dates: 1982…2064. */
export function isPlausibleSerial(n: number): boolean {
  return Number.isFinite(n) && n >= 30000 && n <= 60000;
}
