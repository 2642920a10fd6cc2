/**
 * Timestamps as an official reads them: ISO 8601 with an offset (how hosts and files record a
 * moment) → «ДД.ММ.ГГГГ ЧЧ:ММ» in the book's own local time, given as its UTC offset in minutes.
 */
import { addDays } from './dates';
import { isoToRu } from './grid';

const pad = (n: number): string => String(n).padStart(2, '0');

const ISO_STAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The offset an ISO timestamp carries, in minutes east of UTC; 0 for «Z» or none. */
export function offsetOf(iso: string): number {
  const zone = ISO_STAMP.exec(iso.trim())?.[5];
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** The inverse of `offsetOf`: 180 → «+03:00», −300 → «-05:00». */
export function zoneText(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function isIsoStamp(text: string): boolean {
  return ISO_STAMP.test(text.trim());
}

/**
 * `2022-03-25T06:00:00+00:00` at offset 180 → «25.03.2022 09:00». A text that is not an ISO
 * timestamp comes back unchanged (it may already be formatted).
 */
export function ruDateTime(iso: string, offsetMinutes: number): string {
  const m = ISO_STAMP.exec(iso.trim());
  if (!m?.[1]) return iso;
  const own = offsetOf(iso);
  let minutes = Number(m[2]) * 60 + Number(m[3]) - own + offsetMinutes;
  const dayShift = Math.floor(minutes / 1440);
  minutes -= dayShift * 1440;
  const day = addDays(m[1], dayShift);
  return `${isoToRu(day)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const RU_STAMP = /^(\d{2})\.(\d{2})\.(\d{4})\s+(\d{2}):(\d{2})$/;

/**
 * «25.03.2022 09:00», shown at `offsetMinutes`, back to ISO 8601 (`2022-03-25T09:00:00+03:00`);
 * null for any other text. Only minutes survive: the exact moment is kept apart for comparing.
 */
export function isoFromRu(text: string, offsetMinutes: number): string | null {
  const m = RU_STAMP.exec(text.trim());
  if (!m) return null;
  return `${m[3]}-${m[2]}-${m[1]}T${m[4]}:${m[5]}:00${zoneText(offsetMinutes)}`;
}
