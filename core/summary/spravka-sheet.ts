/**
 * The «Сводная справка» sheet from the справка's blocks: one tool-owned `sheet` change, rebuilt
 * whole on every run (never duplicated, never touching the plan), and the `chart` change of the
 * «Да» shares, bound to the indicator rows of the same sheet. Column A holds numbers and codes,
 * column B the text; headings are filled, table headers bold.
 */
import type { Change, ChartChange, SheetChange } from '../changes/change-set';
import type { CellRange, CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { spravkaBlocks, type Block, type SpravkaOptions } from './spravka-blocks';
import { CHART_SIZE } from './summary-chart';
import type { ChartData, SummaryData } from './summary-types';

const HEADING_FILL = '#DDEBF7';
const HEADER_FILL = '#F2F2F2';
export const SHEET_WIDTHS = [9, 62, 22, 18, 16, 28, 14] as const;
/** Columns whose text wraps: the text, the deadline wording, the responsible. */
const WRAP_COLS = [2, 3, 6] as const;
/** Rows the picture covers at the default row height (20 px), kept blank under it. */
const CHART_ROWS = Math.ceil(CHART_SIZE.height / 20) + 1;

interface ChartPlace {
  readonly anchorRow: number;
  readonly categories: CellRange;
  readonly values: CellRange;
}

class SheetRows {
  readonly rows: CellValue[][] = [];
  readonly bold: number[] = [];
  readonly fills: Record<number, string> = {};
  readonly centred: CellRange[] = [];
  /** The data rows of the last charted table. */
  chartData: { categories: CellRange; values: CellRange } | null = null;
  chart: ChartPlace | null = null;

  push(line: CellValue[], bold = false, fill?: string): number {
    this.rows.push(line);
    const row = this.rows.length;
    if (bold) this.bold.push(row);
    if (fill) this.fills[row] = fill;
    return row;
  }

  block(b: Block): void {
    switch (b.kind) {
      case 'letterhead':
      case 'title':
        this.push([b.text], true);
        return;
      case 'addressee':
      case 'doc-number':
      case 'line':
        this.push([b.text]);
        return;
      case 'heading':
        this.push([]);
        this.push([b.number, b.text], true, HEADING_FILL);
        return;
      case 'points':
        b.items.forEach((text, i) => this.push([`${i + 1})`, text]));
        return;
      case 'note':
        this.push([null, b.text]);
        return;
      case 'table':
        this.table(b);
        return;
      case 'chart':
        this.place();
        return;
      case 'signature':
        this.push([]);
        this.push([null, b.position, null, null, null, b.name]);
        return;
      case 'executor':
        this.push([]);
        this.push([null, b.text]);
        return;
    }
  }

  private table(b: Extract<Block, { kind: 'table' }>): void {
    const lead: CellValue[] = b.codeColumn ? [] : [null];
    this.push([...lead, ...b.columns.map((c) => c || null)], true, HEADER_FILL);
    const first = this.rows.length + 1;
    // Columns of numbers and dates are centred, their header too: each figure under its heading.
    b.columns.forEach((_, i) => {
      if (b.rows.every((line) => typeof line[i] !== 'string' || line[i] === ru.summary.noData))
        this.centred.push({ row: first - 1, col: lead.length + i + 1, rows: b.rows.length + 1, cols: 1 });
    });
    b.rows.forEach((line, i) => this.push([...lead, ...line], b.totalRow && i === b.rows.length - 1));
    if (b.chartRows > 0) {
      const valueCol = lead.length + b.columns.length;
      this.chartData = {
        categories: { row: first, col: lead.length + 1, rows: b.chartRows, cols: 1 },
        values: { row: first, col: valueCol, rows: b.chartRows, cols: 1 },
      };
    }
  }

  /** The picture's anchor under the chart heading, with blank rows kept under it. */
  private place(): void {
    if (!this.chartData) return;
    this.chart = { anchorRow: this.rows.length + 1, ...this.chartData };
    for (let k = 0; k < CHART_ROWS; k++) this.push([]);
  }
}

/** The sheet's name: ours, unless the book has a sheet of that name that we did not write. */
export function spravkaSheetName(existing: readonly (readonly CellValue[])[] | null): string {
  // Ours has its title under the letterhead lines (any of the first rows).
  const ours = existing === null || existing.slice(0, 8).some((line) => line[0] === ru.summary.title);
  return ours ? ru.summary.sheetName : ru.summary.altSheetName;
}

function chartChange(chart: ChartData, place: ChartPlace, sheet: string): ChartChange {
  return {
    kind: 'chart',
    sheet,
    row: place.anchorRow,
    col: 1,
    ...CHART_SIZE,
    // No title: the heading above the chart says what it shows.
    title: '',
    seriesName: chart.seriesName,
    categories: chart.categories,
    values: chart.values,
    max: chart.max,
    categoryRange: place.categories,
    valueRange: place.values,
  };
}

/** The sheet, then the chart when there is one: one change set for one `apply`. */
export function spravkaChanges(
  data: SummaryData,
  name: string = ru.summary.sheetName,
  options: SpravkaOptions = {},
): Change[] {
  const b = new SheetRows();
  for (const block of spravkaBlocks(data, options)) b.block(block);
  const sheet: SheetChange = {
    kind: 'sheet',
    name,
    rows: b.rows,
    widths: [...SHEET_WIDTHS],
    boldRows: b.bold,
    rowFills: b.fills,
    wrapCols: [...WRAP_COLS],
    centred: b.centred,
    print: { orientation: 'landscape' },
  };
  return data.chart && b.chart ? [sheet, chartChange(data.chart, b.chart, name)] : [sheet];
}
