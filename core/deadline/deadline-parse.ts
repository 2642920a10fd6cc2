/**
 * Reads a «Сроки» cell into a Deadline. Order of attempts on the normalised text:
 * 1. a pure date expression with an optional lead word («до», «с», «в течение» …);
 * 2. a recurrence («ежегодно …», «ежемесячно до 5 числа»);
 * 3. the date expression again without parenthesised remarks, then with parentheses dropped;
 * 4. a phrase (on request / whole period / continuous / event); else unparsed.
 */
import { excelSerialToIso, iso, isPlausibleSerial, isValidYmd } from '../grid/dates';
import { isDateValue, isErrorValue, isoToRu, valueText, type CellValue, type IsoDate } from '../grid/grid';
import type { Deadline, DeadlineContext, DeadlineKind, Repeat } from './deadline';
import { contextPeriod } from './academic-year';
import { scanItems } from './deadline-pieces';
import { dayOfMonth, findRecurrence, phraseKind, YEAR_END_BODY_RE } from './deadline-phrases';
import { cover, monthsOfItems, resolveItems, type Resolution } from './deadline-resolve';
import { isBlank, normalizeText, trimEdges, unwrapParens, withoutParens } from './deadline-text';
import { MONTH_SRC, monthOf } from './ru-months';

export { parseYearSpan, type YearSpan } from './year-span';

interface Parsed {
  readonly kind: DeadlineKind;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly repeat?: Repeat;
  readonly reversed?: boolean;
}

// Lead words; «в период с … по …» passes the «в период» lead and then the «с» lead.
const AT_LEAD_RE =
  /^(?:в течени[еия]|на протяжении|в период|в конце|в начале|в середине|конец|начало|середина|в|во|на|за|период|срок[а-я]*:?)\s(?:всего\s)?/;
const TO_LEAD_RE = /^(?:в срок\s|срок\s)?(до|не позднее|не позже|к|по)\s(?:(конца|концу|окончания|завершения)\s)?/;
const FROM_LEAD_RE = /^(?:(?:начиная\s)?(?:с|со)|от|не ранее|после)\s/;
const SERIAL_RE = /^\d{5}$/;
const DATEISH_RE =
  /\d|лет[он]|весн|осен|янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек|кв|полугод|четверт|конц|окончан|завершен/;
const DATE_CELL_RE = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH_GLOBAL_RE = new RegExp(MONTH_SRC, 'g');

const unparsed: Parsed = { kind: 'unparsed', from: null, to: null };

function annual(months: readonly number[], day: number | null): Parsed {
  return { kind: 'annual', from: null, to: null, repeat: { every: 'year', months, day } };
}

function single(res: Resolution | null): { from: IsoDate; to: IsoDate } | Parsed | null {
  if (!res) return null;
  if (res.kind === 'annual') return annual(res.months, res.day);
  const only = res.items.length === 1 ? res.items[0] : undefined;
  return only && !only.b ? only.a : null;
}

/** «X», «X-Y», «X, Y»: a date, a window, or a plan period when only years are written. */
function parseAt(body: string, ctx: DeadlineContext): Parsed | null {
  const items = scanItems(body);
  const res = items ? resolveItems(items, ctx) : null;
  if (!res) return null;
  if (res.kind === 'annual') return annual(res.months, res.day);
  const span = cover(res.items);
  if (!span) return null;
  const kind: DeadlineKind = res.singleDay ? 'date' : res.allYears ? 'period' : 'range';
  return res.reversed ? { kind, ...span, reversed: true } : { kind, ...span };
}

/** «до X» is due by the start of X, «до конца X» / «не позднее X» by its end. */
function parseTo(body: string, byEnd: boolean, ctx: DeadlineContext): Parsed | null {
  if (byEnd && YEAR_END_BODY_RE.test(body)) {
    const end = ctx.period?.to ?? (ctx.academicYear !== null ? iso(ctx.academicYear + 1, 8, 31) : null);
    return end ? { kind: 'date', from: null, to: end } : { kind: 'period', from: null, to: null };
  }
  const items = scanItems(body);
  const s = single(items ? resolveItems(items, ctx) : null);
  if (!s) return null;
  if ('kind' in s) return s;
  return { kind: 'date', from: null, to: byEnd ? s.to : s.from };
}

/** «с X» runs to the end of the plan; «с X по Y» is an ordinary range. */
function parseFrom(body: string, ctx: DeadlineContext): Parsed | null {
  const items = scanItems(body);
  if (!items) return null;
  if (items.length > 1 || items[0]?.b) return parseAt(body, ctx);
  const s = single(resolveItems(items, ctx));
  if (!s) return null;
  if ('kind' in s) return s;
  const end = ctx.period && ctx.period.to >= s.from ? ctx.period.to : null;
  return { kind: 'range', from: s.from, to: end };
}

function parseExpression(s: string, ctx: DeadlineContext): Parsed | null {
  const at = AT_LEAD_RE.exec(s);
  const body = at ? s.slice(at[0].length) : s;
  const to = TO_LEAD_RE.exec(body);
  if (to) {
    const byEnd = to[2] !== undefined || (to[1] !== 'до' && to[1] !== 'к');
    return parseTo(body.slice(to[0].length), byEnd, ctx);
  }
  const from = FROM_LEAD_RE.exec(body);
  if (from) return parseFrom(body.slice(from[0].length), ctx);
  return parseAt(body, ctx);
}

/** Months named in an annual text; the «до 1 сентября» day when there is exactly one day. */
function annualMonths(rest: string, ctx: DeadlineContext): Parsed {
  let body = trimEdges(unwrapParens(rest));
  const at = AT_LEAD_RE.exec(body);
  if (at) body = body.slice(at[0].length);
  const lead = TO_LEAD_RE.exec(body) ?? FROM_LEAD_RE.exec(body);
  if (lead) body = body.slice(lead[0].length);
  const items = body === '' ? [] : scanItems(body);
  if (items) {
    const only = items.length === 1 && !items[0]?.b ? items[0]?.a : undefined;
    const day = only?.t === 'day' ? only.d : dayOfMonth(rest);
    return annual(monthsOfItems(items, ctx), day);
  }
  // Free text around the months: take every month word.
  const months = new Set<number>();
  for (const m of rest.match(MONTH_GLOBAL_RE) ?? []) {
    const n = monthOf(m);
    if (n !== null) months.add(n);
  }
  return annual(
    [...months].sort((a, b) => a - b),
    dayOfMonth(rest),
  );
}

function parseRecurrence(s: string, ctx: DeadlineContext): Parsed | null {
  const hit = findRecurrence(s);
  if (!hit) return null;
  if (hit.every === 'annual') return annualMonths(hit.rest, ctx);
  const months = hit.every === 'quarterly' ? [3, 6, 9, 12] : [];
  return { kind: 'period', ...contextPeriod(ctx), repeat: { every: 'month', months, day: dayOfMonth(s) } };
}

function parseText(s: string, ctx: DeadlineContext): Parsed {
  if (s === '') return unparsed;
  if (SERIAL_RE.test(s) && isPlausibleSerial(Number(s))) {
    const d = excelSerialToIso(Number(s));
    return { kind: 'date', from: d, to: d };
  }
  // Texts naming no number, month or quarter skip the date grammar.
  const dateish = DATEISH_RE.test(s);
  const direct = (dateish ? parseExpression(s, ctx) : null) ?? parseRecurrence(s, ctx);
  if (direct) return direct;
  if (dateish && s.includes('(')) {
    for (const variant of [withoutParens(s), unwrapParens(s)]) {
      if (variant === s || variant === '') continue;
      const p = parseExpression(variant, ctx);
      if (p) return p;
    }
  }
  const phrase = phraseKind(s);
  if (phrase === 'period') return { kind: 'period', ...contextPeriod(ctx) };
  if (phrase) return { kind: phrase, from: null, to: null };
  return unparsed;
}

/** Build the Deadline, holding the invariant from <= to whatever happened above. */
function finish(text: string, p: Parsed): Deadline {
  let { from, to } = p;
  let reversed = p.reversed === true;
  if (from !== null && to !== null && from > to) {
    [from, to] = [to, from];
    reversed = true;
  }
  const base = { text, kind: p.kind, from, to };
  const withRepeat = p.repeat ? { ...base, repeat: p.repeat } : base;
  return reversed ? { ...withRepeat, reversed: true } : withRepeat;
}

function dateDeadline(d: IsoDate): Deadline {
  return { text: isoToRu(d), kind: 'date', from: d, to: d };
}

/** The meaning of a deadline cell; null when the cell is empty. Never throws. */
export function parseDeadline(input: CellValue, ctx: DeadlineContext): Deadline | null {
  if (input === null) return null;
  if (typeof input === 'string' && isBlank(input)) return null;
  const text = typeof input === 'string' ? input.trim() : valueText(input);
  try {
    if (isDateValue(input)) {
      const m = DATE_CELL_RE.exec(input.date);
      const ok = m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
      return ok ? dateDeadline(input.date.slice(0, 10)) : finish(input.date, unparsed);
    }
    if (isErrorValue(input) || typeof input === 'boolean') return finish(text, unparsed);
    if (typeof input === 'number') {
      if (isPlausibleSerial(input)) return dateDeadline(excelSerialToIso(input));
      if (!Number.isInteger(input)) return finish(text, unparsed);
    }
    return finish(text, parseText(normalizeText(text), ctx));
  } catch {
    return finish(text, unparsed);
  }
}
