/** The parsed plan: what the reader understood of the sheet, in sheet coordinates. */
import type { IsoDate } from '../grid/grid';
import type { Deadline } from '../deadline/deadline';

/**
 * What a column holds. In a plan by levels `activity` is the municipal level, `region` the
 * «Региональный уровень» and `school` the «Уровень ОО» column: each level its own activity.
 */
export type Role =
  | 'number'
  | 'activity'
  | 'region'
  | 'school'
  | 'deadline'
  | 'responsible'
  | 'result'
  | 'form'
  | 'status'
  | 'control-date'
  | 'evidence'
  | 'control';

export type Columns = Partial<Record<Role, number>>;

export interface Header {
  /** Sheet row of the header, or null when the plan has none and columns were inferred. */
  readonly row: number | null;
  readonly columns: Columns;
  /** Rows where the header is repeated (after a page break). */
  readonly repeatedRows: readonly number[];
}

export interface PlanItem {
  /** First sheet row of the item. */
  readonly row: number;
  /** Every sheet row the item spans: its own row and merged continuations. */
  readonly rows: readonly number[];
  /** Page-split continuation rows merged into this item. */
  readonly continuations: readonly number[];
  /** The number as written («1.6.»), or null for an unnumbered row. */
  readonly number: string | null;
  /** 1 for «1», 2 for «1.1», …; an unnumbered sub-row is one deeper than its parent. */
  readonly depth: number;
  readonly parentRow: number | null;
  readonly section: string | null;
  readonly sectionRow: number | null;
  /** Year block label («2021 год») the item belongs to, if the plan has blocks. */
  readonly block: string | null;
  readonly blockRow: number | null;
  /** Merged, trimmed text per role (continuations joined). */
  readonly text: Readonly<Partial<Record<Role, string>>>;
  readonly deadline: Deadline | null;
}

export interface PlanSection {
  readonly row: number;
  readonly number: string | null;
  readonly title: string;
  readonly block: string | null;
  readonly blockRow: number | null;
}

export interface PlanBlock {
  readonly row: number;
  readonly label: string;
  readonly year: number;
  /** Rows of the block's items, in order. */
  readonly itemRows: readonly number[];
}

/** A period stated in free text above the table (title, order), e.g. «на 2021-2022 уч. год». */
export interface PeriodStatement {
  readonly row: number;
  readonly text: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly academic: boolean;
  /** The line names a period («на 2021 год», «2021–2022 учебный год»), not just a year («2021 г.»). */
  readonly named: boolean;
}

export interface PlanPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly source: 'title' | 'table' | 'deadlines';
  readonly row: number | null;
}

export interface Plan {
  readonly sheet: string;
  readonly header: Header;
  /** First and last sheet rows of the table body. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The plan's title lines above the table (nearest text block), if any. */
  readonly titleRows: readonly number[];
  readonly items: readonly PlanItem[];
  readonly sections: readonly PlanSection[];
  readonly blocks: readonly PlanBlock[];
  readonly period: PlanPeriod | null;
  readonly statements: readonly PeriodStatement[];
  /** Rows whose item number Excel had turned into a date («1.5» → 1 May), read back as numbers. */
  readonly numbersAsDates: readonly number[];
}
