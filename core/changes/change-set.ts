/**
 * Changes are data: core returns a list of these, each host adapter applies them in batches.
 * Rows and columns are 1-based sheet coordinates.
 */
import type { CellRange, CellValue } from '../grid/grid';

/** A link to a cell of the same book, rendered as a hyperlink where the host supports it. */
export interface CellLink {
  readonly text: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/**
 * A web address shown as a clickable link: `text` is what the cell shows, `url` (http or https
 * only) where it leads. Hosts write a real hyperlink, never formula text; without link support,
 * the text alone.
 */
export interface UrlLink {
  readonly text: string;
  readonly url: string;
}

/** What a tool-owned sheet cell may hold: a plain value, a link to a plan cell or a web link. */
export type OutputValue = CellValue | CellLink | UrlLink;

export function isCellLink(v: OutputValue): v is CellLink {
  return typeof v === 'object' && v !== null && 'sheet' in v && 'text' in v;
}

export function isUrlLink(v: OutputValue): v is UrlLink {
  return typeof v === 'object' && v !== null && 'url' in v && 'text' in v;
}

/** The text a cell shows for an output value that is a link; the value itself otherwise. */
export function plainValue(v: OutputValue): CellValue {
  return isCellLink(v) || isUrlLink(v) ? v.text : v;
}

/** Fill colour of one cell, `#RRGGBB`; null removes the fill. */
export interface FillChange {
  readonly kind: 'fill';
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly color: string | null;
}

/** A note (Excel note / Sheets note) on one cell; replaces the note there; '' removes it. */
export interface NoteChange {
  readonly kind: 'note';
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** A rectangle of values written into an existing sheet. */
export interface ValuesChange {
  readonly kind: 'values';
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly CellValue[])[];
}

/** A sheet the tool owns, rebuilt in place: never one of the user's sheets. */
export interface SheetChange {
  readonly kind: 'sheet';
  readonly name: string;
  readonly rows: readonly (readonly OutputValue[])[];
  /** Column widths in characters, optional. */
  readonly widths?: readonly number[];
  /** Rows (1-based) to show bold, e.g. the header. */
  readonly boldRows?: readonly number[];
  readonly hidden?: boolean;
  /** Fill colours by 1-based row, for whole rows. */
  readonly rowFills?: Readonly<Record<number, string>>;
  /** Columns (1-based) whose long text wraps inside the cell; a host without wrapping may ignore it. */
  readonly wrapCols?: readonly number[];
  /** Merged areas (an imported Word table's merged cells); the value sits in the top-left cell. */
  readonly merges?: readonly CellRange[];
  /** Rectangles whose content is centred (columns of numbers with their header). */
  readonly centred?: readonly CellRange[];
  /** Rows kept in view at the top (the header). */
  readonly freezeRows?: number;
  /** Explicit row heights in points by 1-based row (LibreOffice does not grow a row of a file). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** How the sheet prints: always one page wide. */
  readonly print?: PrintSetup;
}

/** Page setup of a sheet: orientation, one page wide, `titleRows` repeated on every page. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Rows 1…N printed at the top of each page; 0 or absent for none. */
  readonly titleRows?: number;
}

/**
 * Layout of columns of a sheet the tool extends but does not own (the status columns of the plan):
 * widths in characters and wrapping, one range call per run on every host.
 */
export interface ColumnsChange {
  readonly kind: 'columns';
  readonly sheet: string;
  /** First column, 1-based. */
  readonly col: number;
  readonly widths: readonly number[];
  /** Wrap text in these columns over rows 1…wrapRows (the plan's rows); 0 wraps nothing. */
  readonly wrapRows: number;
}

/** Removes a sheet the tool owns (never a user's sheet). */
export interface RemoveSheetChange {
  readonly kind: 'remove-sheet';
  readonly name: string;
}

/**
 * A dropdown over a rectangle (one range-level call on every host); replaces earlier validation
 * there. `allowOther` lets a typed value outside the list stay (it is then flagged by a rule).
 */
export interface ValidationChange {
  readonly kind: 'validation';
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly list: readonly string[];
  readonly allowOther: boolean;
}

/** One conditional-format rule: cells whose text begins with `prefix` get `fill`. */
export interface TextRule {
  readonly prefix: string;
  readonly fill: string;
}

/**
 * Conditional formatting of a rectangle, as rules over the range, never per cell. The host
 * replaces the tool's earlier rules on that range, so applying it twice adds nothing.
 */
export interface ConditionalChange {
  readonly kind: 'conditional';
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly rules: readonly TextRule[];
}

/** A number format over a rectangle, e.g. dates in «Контрольный срок». */
export interface FormatChange {
  readonly kind: 'format';
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly numberFormat: string;
}

/**
 * A bar chart on a tool-owned sheet, e.g. the per-indicator «Да» shares of «Сводная справка».
 * Google Sheets and Excel draw a native chart over `categoryRange` / `valueRange`; the CLI's
 * ExcelJS cannot write charts, so it places the chart rendered as a picture at the same anchor.
 * It carries its data as well, for hosts that draw it from values rather than cells.
 */
export interface ChartChange {
  readonly kind: 'chart';
  readonly sheet: string;
  /** The chart's top-left cell, 1-based. */
  readonly row: number;
  readonly col: number;
  /** Size in pixels. */
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly seriesName: string;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  /** The upper end of the value axis, e.g. 100 for percentages. */
  readonly max: number;
  /** Where the categories and the values sit on `sheet`: one column each, same rows. */
  readonly categoryRange: CellRange;
  readonly valueRange: CellRange;
}

export type Change =
  | FillChange
  | NoteChange
  | ValuesChange
  | SheetChange
  | RemoveSheetChange
  | ValidationChange
  | ConditionalChange
  | FormatChange
  | ChartChange
  | ColumnsChange;

export type ChangeSet = readonly Change[];

/** Neighbouring same-kind changes of one sheet grouped into rectangles, for one host call each. */
export interface Rect<T> {
  readonly row: number;
  readonly col: number;
  readonly cells: (T | undefined)[][];
}

/**
 * Group single-cell changes into the bounding rectangle per sheet, so an adapter can send one
 * range call (setBackgrounds / setNotes) per sheet; `undefined` cells are left as they are.
 */
export function toRects<T>(
  changes: readonly { sheet: string; row: number; col: number }[],
  pick: (i: number) => T,
): Map<string, Rect<T>> {
  const bounds = new Map<string, { r0: number; c0: number; r1: number; c1: number }>();
  changes.forEach((c) => {
    const b = bounds.get(c.sheet);
    if (!b) bounds.set(c.sheet, { r0: c.row, c0: c.col, r1: c.row, c1: c.col });
    else {
      b.r0 = Math.min(b.r0, c.row);
      b.c0 = Math.min(b.c0, c.col);
      b.r1 = Math.max(b.r1, c.row);
      b.c1 = Math.max(b.c1, c.col);
    }
  });
  const out = new Map<string, Rect<T>>();
  for (const [sheet, b] of bounds) {
    const cells: (T | undefined)[][] = [];
    for (let r = b.r0; r <= b.r1; r++) cells.push(new Array<T | undefined>(b.c1 - b.c0 + 1).fill(undefined));
    out.set(sheet, { row: b.r0, col: b.c0, cells });
  }
  changes.forEach((c, i) => {
    const rect = out.get(c.sheet);
    const line = rect?.cells[c.row - (rect?.row ?? 0)];
    if (rect && line) line[c.col - rect.col] = pick(i);
  });
  return out;
}
