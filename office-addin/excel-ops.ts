/// <reference types="office-js" />
/**
 * The write queue of the Excel adapter: each change becomes operations with an estimated request
 * size, packed into groups of ~4 MB (Excel on the web caps a request at 5 MB), one sync per group.
 */
import { jsonBytes, rangeA1, type ExcelWrite } from './excel-cells';
import { PAYLOAD_BUDGET } from './excel-read';

/** Request bytes of one queued call besides its data: object paths and the action itself. */
export const OP_BYTES = 600;

/** Worksheet proxies of one request context, by name. */
export class Scope {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  constructor(readonly context: Excel.RequestContext) {}
  sheet(name: string): Excel.Worksheet {
    let ws = this.sheets.get(name);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }
  added(name: string): Excel.Worksheet {
    const ws = this.context.workbook.worksheets.add(name);
    this.sheets.set(name, ws);
    return ws;
  }
  removed(name: string): void {
    this.sheets.delete(name);
  }
}

export interface Op {
  readonly bytes: number;
  readonly queue: (scope: Scope) => void;
}

/**
 * Splits rows into consecutive blocks of at most about half the request budget each (a block
 * always holds at least one row): [start, end, bytes] per block.
 */
export function rowBlocks(rows: readonly unknown[]): [number, number, number][] {
  const blocks: [number, number, number][] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((line, i) => {
    const size = jsonBytes(line);
    if (bytes > 0 && bytes + size > PAYLOAD_BUDGET / 2) {
      blocks.push([start, i, bytes]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) blocks.push([start, rows.length, bytes]);
  return blocks;
}

/** Number formats aligned with a block of values; null leaves a cell's format as it is. */
export type FormatGrid = readonly (readonly (string | null)[])[];

/**
 * Rows of equal width as value writes of at most about half the budget each (a null cell is left
 * as it is, '' empties it — Office.js semantics); where `formats`
 * has a format in a block, one numberFormat write over that same block (null cells untouched).
 */
export function rectOps(
  sheet: string,
  row: number,
  col: number,
  rows: readonly (readonly (ExcelWrite | null)[])[],
  formats?: FormatGrid,
): Op[] {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return [];
  return rowBlocks(rows).flatMap(([start, end, bytes]) => {
    const block = rows.slice(start, end).map((line) => [...line]);
    const address = rangeA1(row + start, col, end - start, width);
    const ops: Op[] = [
      { bytes: OP_BYTES + bytes, queue: (s) => void (s.sheet(sheet).getRange(address).values = block) },
    ];
    const shown = formats?.slice(start, end).map((line) => [...line]);
    if (shown?.some((line) => line.some((f) => f !== null))) {
      ops.push({
        bytes: OP_BYTES + jsonBytes(shown),
        queue: (s) => void (s.sheet(sheet).getRange(address).numberFormat = shown),
      });
    }
    return ops;
  });
}

/** Groups of operations, each under the request budget, in the change set's order. */
export function pack(ops: readonly Op[]): Op[][] {
  const groups: Op[][] = [];
  let group: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (group.length > 0 && bytes + op.bytes > PAYLOAD_BUDGET) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(op);
    bytes += op.bytes;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
