/** The deadline model: what a Russian «Сроки» cell means as dates. */
import type { IsoDate } from '../grid/grid';

export type DeadlineKind = 'date' | 'range' | 'annual' | 'period' | 'event' | 'continuous' | 'on-request' | 'unparsed';

/** A recurrence inside the plan: every year in given months, or every month on a day. */
export interface Repeat {
  readonly every: 'year' | 'month';
  /** Months 1–12 the measure falls in each year (annual); empty when the text names none. */
  readonly months: readonly number[];
  /** Day of month it is due by, when the text names one («до 25 числа»). */
  readonly day: number | null;
}

export interface Deadline {
  /** The cell text as read (trimmed). */
  readonly text: string;
  readonly kind: DeadlineKind;
  /** First day of the window, or null where the text gives none («до 21 июня»). */
  readonly from: IsoDate | null;
  /** Last day of the window, or null. Never before `from`. */
  readonly to: IsoDate | null;
  readonly repeat?: Repeat;
  /** True when the text wrote the later date first; `from`/`to` are then given in calendar order. */
  readonly reversed?: boolean;
}

/** What the parser needs to know about the plan to resolve a month without a year. */
export interface DeadlineContext {
  /** First calendar year of the plan's academic year (2021 for 2021/22), if known. */
  readonly academicYear: number | null;
  /** The plan period, for «в течение года» and open ranges. */
  readonly period: { readonly from: IsoDate; readonly to: IsoDate } | null;
}

export const NO_CONTEXT: DeadlineContext = { academicYear: null, period: null };
