/**
 * Gives every scanned piece its year and dates.
 * Missing years come from the nearest written year: pieces before it take its year (one less if
 * they fall later in the year: «ноябрь-февраль 2022» → Nov 2021), pieces after it take the
 * previous one's year (one more if earlier). With no written year the first piece takes its
 * year from the context (month rule) and the rest follow it the same way.
 */
import { iso, isValidYmd } from '../grid/dates';
import type { DeadlineContext } from './deadline';
import {
  academicSpan,
  calendarSpan,
  monthsSpan,
  yearBasis,
  yearForMonth,
  type Span,
  type YearBasis,
} from './academic-year';
import type { Item, Piece } from './deadline-pieces';

export interface ResolvedItem {
  readonly a: Span;
  readonly b: Span | null;
}

export type Resolution =
  | {
      readonly kind: 'spans';
      readonly items: readonly ResolvedItem[];
      /** The text wrote a later date before an earlier one. */
      readonly reversed: boolean;
      /** Only years were written («2021», «2021-2022 уч»). */
      readonly allYears: boolean;
      /** One day and nothing else. */
      readonly singleDay: boolean;
    }
  /** No year anywhere, in the text or the context: only the months are known. */
  | { readonly kind: 'annual'; readonly months: readonly number[]; readonly day: number | null };

type Dated = Extract<Piece, { t: 'day' } | { t: 'block' }>;

/** A half-year without a year follows the context: academic halves unless the plan is calendar. */
function settleHalf(p: Piece, basis: YearBasis | null): Piece {
  if (p.t !== 'half') return p;
  const calendar = p.y !== null || (basis !== null && !basis.academic);
  if (calendar) return { t: 'block', y: p.y, m1: p.h === 1 ? 1 : 7, m2: p.h === 1 ? 6 : 12 };
  return { t: 'block', y: p.y, m1: p.h === 1 ? 9 : 1, m2: p.h === 1 ? 12 : 5 };
}

function settleItems(items: readonly Item[], basis: YearBasis | null): Item[] {
  return items.map((it) => ({ a: settleHalf(it.a, basis), b: it.b ? settleHalf(it.b, basis) : null }));
}

const firstMonth = (p: Dated): number => (p.t === 'day' ? p.m : p.m1);
const lastMonth = (p: Dated): number => (p.t === 'day' ? p.m : p.m2);
const key = (p: Dated): number => (p.t === 'day' ? p.m * 100 + p.d : p.m1 * 100);

function monthRun(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from, n = 0; n < 12; m = (m % 12) + 1, n++) {
    out.push(m);
    if (m === to) break;
  }
  return out;
}

/** Months an item covers, ignoring years; a range wraps over the new year. */
function itemMonths(it: Item): number[] {
  const a = it.a.t === 'years' ? null : (it.a as Dated);
  const b = it.b && it.b.t !== 'years' ? (it.b as Dated) : null;
  if (a && b) return monthRun(firstMonth(a), lastMonth(b));
  const p = a ?? b;
  return p ? monthRun(firstMonth(p), lastMonth(p)) : [];
}

/** Sorted distinct months named by the items («июнь-август, октябрь» → 6,7,8,10). */
export function monthsOfItems(items: readonly Item[], ctx: DeadlineContext): number[] {
  const set = new Set<number>();
  for (const it of settleItems(items, yearBasis(ctx))) for (const m of itemMonths(it)) set.add(m);
  return [...set].sort((x, y) => x - y);
}

function fillYears(dated: readonly Dated[], basis: YearBasis | null): number[] | null {
  const ys: (number | null)[] = dated.map((p) => p.y);
  let first = ys.findIndex((y) => y !== null);
  if (first < 0) {
    const p0 = dated[0];
    if (!p0) return [];
    if (!basis) return null;
    ys[0] = yearForMonth(basis, firstMonth(p0));
    first = 0;
  }
  for (let i = first - 1; i >= 0; i--) {
    const next = ys[i + 1] as number;
    ys[i] = key(dated[i] as Dated) <= key(dated[i + 1] as Dated) ? next : next - 1;
  }
  for (let i = first + 1; i < ys.length; i++) {
    if (ys[i] !== null) continue;
    const prev = ys[i - 1] as number;
    ys[i] = key(dated[i] as Dated) >= key(dated[i - 1] as Dated) ? prev : prev + 1;
  }
  return ys as number[];
}

interface SpanOut {
  readonly span: Span;
  readonly reversed: boolean;
}

function yearsSpan(p: Extract<Piece, { t: 'years' }>, basis: YearBasis | null): SpanOut {
  const lo = Math.min(p.y1, p.y2);
  const hi = Math.max(p.y1, p.y2);
  // Unmarked consecutive years are the academic year when the plan is that academic year.
  const academic =
    p.mark === 'уч' || (p.mark !== 'гг' && hi === lo + 1 && basis !== null && basis.academic && basis.year === lo);
  return { span: academic ? academicSpan(lo, hi) : calendarSpan(lo, hi), reversed: p.y2 < p.y1 };
}

function datedSpan(p: Dated, y: number): Span | null {
  if (p.t === 'block') return monthsSpan(y, p.m1, p.m2);
  return isValidYmd(y, p.m, p.d) ? { from: iso(y, p.m, p.d), to: iso(y, p.m, p.d) } : null;
}

/** Dates of every item; null when a date does not exist (29.02 in a common year). */
export function resolveItems(raw: readonly Item[], ctx: DeadlineContext): Resolution | null {
  const basis = yearBasis(ctx);
  const items = settleItems(raw, basis);
  // Pieces in text order; item i owns pieces[first[i]] and, for a range, the next one.
  const pieces: Piece[] = [];
  const dated: Dated[] = [];
  let allYears = true;
  for (const it of items) {
    for (const p of it.b ? [it.a, it.b] : [it.a]) {
      pieces.push(p);
      if (p.t !== 'years') {
        dated.push(p as Dated);
        allYears = false;
      }
    }
  }
  const ys = fillYears(dated, basis);
  if (!ys) {
    const only = items.length === 1 && !items[0]?.b ? items[0]?.a : undefined;
    return { kind: 'annual', months: monthsOfItems(items, ctx), day: only?.t === 'day' ? only.d : null };
  }
  const spans: Span[] = [];
  let reversed = false;
  let d = 0;
  for (const p of pieces) {
    if (p.t === 'years') {
      const out = yearsSpan(p, basis);
      spans.push(out.span);
      reversed = reversed || out.reversed;
      continue;
    }
    const s = datedSpan(p as Dated, ys[d++] as number);
    if (!s) return null;
    spans.push(s);
  }
  const resolved: ResolvedItem[] = [];
  let k = 0;
  for (const it of items) {
    const a = spans[k++] as Span;
    const b = it.b ? (spans[k++] as Span) : null;
    if (b && a.from > b.from) reversed = true;
    resolved.push({ a, b });
  }
  const first = items[0];
  const singleDay = items.length === 1 && first !== undefined && !first.b && first.a.t === 'day';
  return { kind: 'spans', items: resolved, reversed, allYears, singleDay };
}

/** The smallest window holding every resolved item. */
export function cover(items: readonly ResolvedItem[]): Span | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const it of items) {
    for (const s of it.b ? [it.a, it.b] : [it.a]) {
      if (from === null || s.from < from) from = s.from;
      if (to === null || s.to > to) to = s.to;
    }
  }
  return from !== null && to !== null ? { from, to } : null;
}
