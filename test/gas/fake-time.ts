/** Time-zone arithmetic for the Apps Script fake: Utilities.formatDate / parseDate, by Intl. */

interface WallClock {
  y: number;
  M: number;
  d: number;
  H: number;
  m: number;
  s: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(date: Date, timeZone: string): WallClock {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const part = (type: string): number => Number(f?.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
  return { y: part('year'), M: part('month'), d: part('day'), H: part('hour'), m: part('minute'), s: part('second') };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The subset of SimpleDateFormat the project uses: yyyy MM dd HH mm ss. */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const w = wallClock(date, timeZone);
  return format.replace(/yyyy|MM|dd|HH|mm|ss/g, (token) =>
    token === 'yyyy'
      ? pad(w.y, 4)
      : token === 'MM'
        ? pad(w.M)
        : token === 'dd'
          ? pad(w.d)
          : token === 'HH'
            ? pad(w.H)
            : token === 'mm'
              ? pad(w.m)
              : pad(w.s),
  );
}

/** Midnight (or the given time) of a wall-clock date in a time zone, as an instant. */
export function zonedDate(y: number, M: number, d: number, timeZone: string, H = 0, m = 0, s = 0): Date {
  const wanted = Date.UTC(y, M - 1, d, H, m, s);
  let t = wanted;
  // Two passes settle the zone offset, also across a DST change.
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(t), timeZone);
    t += wanted - Date.UTC(w.y, w.M - 1, w.d, w.H, w.m, w.s);
  }
  return new Date(t);
}

/** `yyyy-MM-dd` and `dd.MM.yyyy` only; anything else throws, as Apps Script does for a mismatch. */
export function parseDate(text: string, timeZone: string, format: string): Date {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (format === 'yyyy-MM-dd' && iso) return zonedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), timeZone);
  if (format === 'dd.MM.yyyy' && ru) return zonedDate(Number(ru[3]), Number(ru[2]), Number(ru[1]), timeZone);
  throw new Error(`Exception: Unparseable date: "${text}"`);
}
