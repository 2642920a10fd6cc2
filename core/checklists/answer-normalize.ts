/**
 * A school's answer → the value the book stores: «да», «Да », «ДА» → «Да»; «12», «12,5» → a
 * number; «20.05.2025», a date cell or a serial → a date; a link must look like a URL.
 * Anything else is refused with the reason, so the file goes to quarantine instead of the book.
 */
import { iso, isPlausibleSerial, isValidYmd, excelSerialToIso } from '../grid/dates';
import { isDateValue, isErrorValue, valueText, type CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { foldName } from './header-find';
import { normText, type AnswerType } from './template';

export type Choice = 'yes' | 'no' | 'partial';

export type Normalized =
  { readonly ok: true; readonly value: CellValue } | { readonly ok: false; readonly reason: string };

const CHOICES: Readonly<Record<string, Choice>> = { да: 'yes', нет: 'no', частично: 'partial' };

/** The stored text of a choice: «Да», «Нет», «Частично». */
export function choiceText(c: Choice): string {
  return ru.checklists.choices[c];
}

/** Which choice a stored value is, if it is one. */
export function choiceOf(v: CellValue): Choice | null {
  return typeof v === 'string' ? (CHOICES[foldName(v).replace(/[.!]+$/, '')] ?? null) : null;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && normText(v) === '');
}

function refuse(v: CellValue, type: AnswerType): Normalized {
  const r = ru.checklists.reasons;
  if (isErrorValue(v)) return { ok: false, reason: r.errorCell(v.error) };
  return { ok: false, reason: r.notAllowed(normText(valueText(v)), r.allowed[type]) };
}

function normalizeNumber(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

function normalizeDate(v: CellValue): CellValue {
  if (isDateValue(v)) return v;
  if (typeof v === 'number') return isPlausibleSerial(v) ? { date: excelSerialToIso(v) } : null;
  if (typeof v !== 'string') return null;
  const s = normText(v);
  const ru4 = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*г\.?)?$/.exec(s);
  const isoForm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [y, m, d] = ru4 ? [ru4[3], ru4[2], ru4[1]] : isoForm ? [isoForm[1], isoForm[2], isoForm[3]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  return isValidYmd(Number(y), Number(m), Number(d)) ? { date: iso(Number(y), Number(m), Number(d)) } : null;
}

function normalizeLink(v: CellValue): string | null {
  if (typeof v !== 'string') return null;
  const s = normText(v);
  return /^(https?:\/\/|www\.)\S+$/i.test(s) ? s : null;
}

/** Normalises one answer of the given type; an empty answer is fine here (required is checked later). */
export function normalizeAnswer(type: AnswerType, v: CellValue): Normalized {
  if (isBlank(v)) return { ok: true, value: null };
  let value: CellValue;
  if (type === 'choice') {
    const c = typeof v === 'boolean' ? (v ? 'yes' : 'no') : choiceOf(v);
    value = c === null ? null : choiceText(c);
  } else if (type === 'number') value = normalizeNumber(v);
  else if (type === 'date') value = normalizeDate(v);
  else value = normalizeLink(v);
  return value === null ? refuse(v, type) : { ok: true, value };
}

/** A comment as plain text (line breaks kept): dates as ДД.ММ.ГГГГ, numbers as written. */
export function commentText(v: CellValue): string {
  return isBlank(v) ? '' : valueText(v).trim();
}
