/// <reference types="office-js" />
/**
 * Cell fills as few calls as Office.js allows. A run of fills (the answer colours of «Свод
 * чек-листов», thousands of cells) becomes one setCellProperties per sheet over the cells' bounding
 * rectangle (ExcelApi 1.9), `{}` leaving the cells in between as they are, in blocks of rows under
 * half the request budget. A sparse run, a fill removed, or an older Excel: one call per cell.
 */
import { a1, type CellRange } from '../core/grid/grid';
import { toRects, type FillChange } from '../core/changes/change-set';
import { API, type ExcelEnv } from './excel-env';
import { rangeA1 } from './excel-cells';
import { OP_BYTES, rowBlocks, type Op } from './excel-ops';

/** A rectangle is worth one call when at least this share of its cells gets a colour. */
const MIN_DENSITY = 0.25;

/** One cell's fill: set, or cleared back to «no fill». */
export function fillOp(c: FillChange): Op {
  return {
    bytes: OP_BYTES,
    queue: (s) => {
      const fill = s.sheet(c.sheet).getRange(a1(c.row, c.col)).format.fill;
      if (c.color === null) fill.clear();
      else fill.color = c.color;
    },
  };
}

type CellProps = Excel.SettableCellProperties;

/** Rows of cell properties as setCellProperties calls of at most about half the budget each. */
function propertyBlocks(sheet: string, at: CellRange, rows: readonly CellProps[][]): Op[] {
  return rowBlocks(rows).map(([start, end, bytes]) => {
    const block = rows.slice(start, end);
    const address = rangeA1(at.row + start, at.col, end - start, at.cols);
    return { bytes: OP_BYTES + bytes, queue: (s) => s.sheet(sheet).getRange(address).setCellProperties(block) };
  });
}

/** Fills of one run of changes (same kind, consecutive in the change set). */
export function fillRunOps(run: readonly FillChange[], env: ExcelEnv): Op[] {
  const colored = run.filter((c): c is FillChange & { color: string } => c.color !== null);
  if (!env.supports(API.cellProperties) || colored.length < 2 || colored.length < run.length) return run.map(fillOp);
  const ops: Op[] = [];
  // The same cell filled twice keeps the later colour, as one call per cell would leave it.
  for (const [sheet, rect] of toRects(colored, (i) => colored[i]?.color ?? '')) {
    const width = rect.cells[0]?.length ?? 0;
    const cells = colored.filter((c) => c.sheet === sheet);
    if (cells.length < MIN_DENSITY * rect.cells.length * width) {
      ops.push(...cells.map(fillOp));
      continue;
    }
    const rows = rect.cells.map((line) =>
      line.map((color): CellProps => (color === undefined ? {} : { format: { fill: { color } } })),
    );
    ops.push(...propertyBlocks(sheet, { row: rect.row, col: rect.col, rows: rows.length, cols: width }, rows));
  }
  return ops;
}
