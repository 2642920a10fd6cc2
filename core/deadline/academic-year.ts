/** How a month written without a year gets its year from the plan context. */
import type { IsoDate } from '../grid/grid';
import { iso, monthEnd, parseIso } from '../grid/dates';
import type { DeadlineContext } from './deadline';

/**
 * The year a yearless month is read in: an academic year (Sep–Dec → year, Jan–Aug → year + 1)
 * or one calendar year (every month → year).
 */
export interface YearBasis {
  readonly academic: boolean;
  readonly year: number;
}

export interface Span {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * ctx.academicYear wins; else a period starting in September or later is an academic year
 * starting that year; else a calendar period gives its first year. Null when nothing is known.
 */
export function yearBasis(ctx: DeadlineContext): YearBasis | null {
  if (ctx.academicYear !== null) return { academic: true, year: ctx.academicYear };
  if (ctx.period) {
    const p = parseIso(ctx.period.from);
    return { academic: p.m >= 9, year: p.y };
  }
  return null;
}

export function yearForMonth(basis: YearBasis, month: number): number {
  if (!basis.academic) return basis.year;
  return month >= 9 ? basis.year : basis.year + 1;
}

/** Sep 1 of `first` to Aug 31 of `last` (at least one academic year). */
export function academicSpan(first: number, last: number): Span {
  return { from: iso(first, 9, 1), to: iso(Math.max(last, first + 1), 8, 31) };
}

/** Jan 1 of `first` to Dec 31 of `last`. */
export function calendarSpan(first: number, last: number): Span {
  return { from: iso(first, 1, 1), to: iso(last, 12, 31) };
}

/** Months m1..m2 of one calendar year. */
export function monthsSpan(year: number, m1: number, m2: number): Span {
  return { from: iso(year, m1, 1), to: monthEnd(year, m2) };
}

/** The plan period, or nulls when the context has none. */
export function contextPeriod(ctx: DeadlineContext): { from: IsoDate | null; to: IsoDate | null } {
  return ctx.period ? { from: ctx.period.from, to: ctx.period.to } : { from: null, to: null };
}

/** Plausible plan years; anything else in a «year» slot is a number, not a year. */
export function isPlanYear(y: number): boolean {
  return y >= 1900 && y <= 2199;
}
