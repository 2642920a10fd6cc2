/**
 * The «Сводная справка» sheet from the справка's blocks: one tool-owned `sheet` change, rebuilt
 * whole on every run (never duplicated, never touching the plan), and the `chart` change of the
 * «Да» shares, bound to the indicator rows of the same sheet. Column A holds numbers and codes,
 * column B the text; headings are filled, table headers bold.
 */
import type { Change, ChartChange, SheetChange } from '../changes/change-set';
import type { CellRange, CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { spravkaBlocks, type Block } from './spravka-blocks';
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
      case 'title':
        this.push([b.text], true);
        return;
      case 'line':
        this.push([b.text]);
        return;
      case 'heading':
        this.push([]);
        this.push([b.text], true, HEADING_FILL);
        return;
      case 'paragraph':
        for (const s of b.sentences) this.push([null, s]);
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
      case 'footer':
        this.push([]);
        this.push([null, b.text]);
        return;
    }
  }

  private table(b: Extract<Block, { kind: 'table' }>): void {
    const lead: CellValue[] = b.codeColumn ? [] : [null];
    this.push([...lead, ...b.columns.map((c) => c || null)], true, HEADER_FILL);
    const first = this.rows.length + 1;
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
  return existing === null || existing[0]?.[0] === ru.summary.title ? ru.summary.sheetName : ru.summary.altSheetName;
}

function chartChange(chart: ChartData, place: ChartPlace, sheet: string): ChartChange {
  return {
    kind: 'chart',
    sheet,
    row: place.anchorRow,
    col: 1,
    ...CHART_SIZE,
    title: chart.title,
    seriesName: chart.seriesName,
    categories: chart.categories,
    values: chart.values,
    max: chart.max,
    categoryRange: place.categories,
    valueRange: place.values,
  };
}

/** The sheet, then the chart when there is one: one change set for one `apply`. */
export function spravkaChanges(data: SummaryData, name: string = ru.summary.sheetName): Change[] {
  const b = new SheetRows();
  for (const block of spravkaBlocks(data)) b.block(block);
  const sheet: SheetChange = {
    kind: 'sheet',
    name,
    rows: b.rows,
    widths: [...SHEET_WIDTHS],
    boldRows: b.bold,
    rowFills: b.fills,
    wrapCols: [...WRAP_COLS],
    printFitWidth: true,
  };
  return data.chart && b.chart ? [sheet, chartChange(data.chart, b.chart, name)] : [sheet];
}
