/**
 * What «Сводная справка» says, as plain JSON-ready data: the sheet, the .docx, the chart and
 * `oko summary --json` are all drawn from one `SummaryData`, so their numbers cannot differ.
 */
import type { ChecklistCounts } from '../checklists/checklist-counts';
import type { IndicatorTotal } from '../checklists/indicator-totals';
import type { SchoolStatus } from '../checklists/school-status';
import type { IsoDate } from '../grid/grid';
import type { Requisites } from './requisites';
import type { ControlKind, StatusId } from '../status/control';
import type { VprDigest } from '../vpr/vpr-digest';

/** A count and its share of the plan's measures in whole per cent. */
export interface CountLine<K extends string> {
  readonly id: K;
  readonly label: string;
  readonly count: number;
  readonly percent: number;
}

export interface SectionLine {
  readonly title: string;
  readonly items: number;
  /** Null while the plan has no statuses: nothing is known about it yet. */
  readonly done: number | null;
  readonly overdue: number | null;
}

export interface ResponsibleLine {
  readonly name: string;
  readonly items: number;
  readonly overdue: number | null;
}

/** One measure of the overdue or the upcoming list. */
export interface MeasureLine {
  readonly row: number;
  readonly number: string | null;
  readonly activity: string;
  /** The deadline as the plan words it. */
  readonly deadline: string;
  readonly controlDate: IsoDate | null;
  /** Days overdue (overdue list) or days left (upcoming list). */
  readonly days: number;
  readonly responsible: string;
}

export interface PlanSummary {
  /** Measures counted (parents whose sub-items carry the work are not counted twice). */
  readonly items: number;
  /** The plan has a «Статус» column: statuses are being kept. */
  readonly tracked: boolean;
  /** Null while statuses are not kept. */
  readonly statuses: readonly CountLine<StatusId>[] | null;
  readonly controls: readonly CountLine<ControlKind>[] | null;
  readonly sections: readonly SectionLine[];
  readonly responsible: readonly ResponsibleLine[];
  /** Null while statuses are not kept: a passed deadline is not yet a fact of non-fulfilment. */
  readonly overdue: readonly MeasureLine[] | null;
  readonly upcoming: readonly MeasureLine[];
  /** The window of the upcoming list, days. */
  readonly upcomingDays: number;
  /** The window of «Срок через N дн.» in «Контроль», days. */
  readonly dueSoonDays: number;
}

export interface SchoolLine {
  readonly code: string;
  readonly name: string;
  readonly status: SchoolStatus;
  readonly statusLabel: string;
}

/** One indicator's answers as the checklists core totals them («Свод чек-листов»). */
export type IndicatorLine = IndicatorTotal;

/** What the book says about school checklists; each state is worded, never shown as zeros. */
export type ChecklistSummary =
  | { readonly state: 'none' }
  | { readonly state: 'unreadable'; readonly message: string }
  | { readonly state: 'not-collected'; readonly sent: number }
  | {
      readonly state: 'collected';
      /** The one set of counts (core/checklists/checklist-counts.ts). */
      readonly counts: ChecklistCounts;
      /** The schools of `counts.notSubmitted`, by name. */
      readonly notSubmitted: readonly SchoolLine[];
      /** Schools whose answers are totalled in the indicators: the submitted ones that answered. */
      readonly answered: number;
      readonly indicators: readonly IndicatorLine[];
    };

/** The bar chart of «Да» shares: choice indicators that have answers. */
export interface ChartData {
  readonly title: string;
  readonly seriesName: string;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  readonly max: number;
}

export interface SummaryData {
  /** The plan's sheet. */
  readonly sheet: string;
  readonly title: string;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate } | null;
  /** «По состоянию на». */
  readonly today: IsoDate;
  readonly plan: PlanSummary;
  readonly checklists: ChecklistSummary;
  readonly chart: ChartData | null;
  /** The conclusions, point by point; every number in them is one of the tables' numbers. */
  readonly sentences: readonly string[];
  /** From «Реквизиты»: letterhead, addressee, signature, executor (placeholders when not filled). */
  readonly requisites?: Requisites;
  /** The «Объективность ВПР» sheet's digest, when the book has the analysis. */
  readonly vpr?: VprDigest | null;
}
