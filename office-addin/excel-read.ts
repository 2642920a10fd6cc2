/// <reference types="office-js" />
/**
 * Reading a sheet's used range under Excel on the web's 5 MB response cap: the range's size, its
 * merged areas and a first block of rows come in one sync; the rest in blocks sized from the
 * bytes measured so far. The number of syncs follows the bytes read, never the row count.
 */
import type { CellRange } from '../core/grid/grid';
import { API, type ExcelEnv } from './excel-env';
import { jsonBytes, parseAreas, rangeA1 } from './excel-cells';

/** Payload per sync the adapter aims for: estimates are not exact, the cap is 5 MB. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Rows read in the first sync, before anything is known of the sheet: a whole typical plan. */
export const PROBE_ROWS = 2500;
/** Bytes per cell assumed when nothing has been measured (no probe on ExcelApi < 1.7). */
const ASSUMED_CELL_BYTES = 400;
/** Later rows may be longer than the ones measured. */
const MARGIN = 1.25;

export type RangeProp = 'values' | 'numberFormat' | 'valueTypes' | 'text';
export type RangeData = Partial<Record<RangeProp, unknown[][]>>;

export interface UsedRead {
  /** 1-based sheet row and column of the used range's top-left cell, and its size. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  /** Loaded properties, one array per row, covering the whole used range. */
  readonly data: RangeData;
  readonly merges: CellRange[];
}

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

export function isPayloadError(error: unknown): boolean {
  return PAYLOAD_CODES.has(errorCode(error));
}

function pick(range: Excel.Range, props: readonly RangeProp[]): RangeData {
  const out: RangeData = {};
  for (const p of props) out[p] = range[p] as unknown[][];
  return out;
}

function append(into: RangeData, block: RangeData): void {
  for (const [key, rows] of Object.entries(block) as [RangeProp, unknown[][]][]) {
    const list = (into[key] ??= []);
    for (const r of rows) list.push(r);
  }
}

/**
 * Loads that travel in a read's syncs instead of syncs of their own (the active sheet's name, the
 * tool sheets a command will read). `queue` makes fresh proxies each time, since a failed sync
 * discards its batch; an optional rider is dropped first when a sync is too large.
 */
export interface Rider {
  readonly optional: boolean;
  queue(): void;
  /** The sync that carried the rider's loads succeeded: its values can be read. */
  done(): void;
}

interface Start {
  readonly used: Excel.Range;
  readonly areas: Excel.RangeAreas | null;
  readonly probe: Excel.Range | null;
}

/** First sync: size, merges and the probe block; each part dropped in turn if the sync fails. */
async function start(
  env: ExcelEnv,
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  props: readonly RangeProp[],
  wantMerges: boolean,
  riders: readonly Rider[],
): Promise<Start> {
  let probe = env.supports(API.resizedRange);
  let merges = wantMerges && env.supports(API.mergedAreas);
  let aboard = [...riders];
  for (;;) {
    for (const r of aboard) r.queue();
    const used = env.supports(API.valuesOnlyUsedRange) ? sheet.getUsedRange(true) : sheet.getUsedRange();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const areas = merges ? used.getMergedAreasOrNullObject() : null;
    areas?.load('address');
    const block = probe ? used.getIntersection(used.getRow(0).getResizedRange(PROBE_ROWS - 1, 0)) : null;
    block?.load(props.join(','));
    try {
      await context.sync();
      for (const r of aboard) r.done();
      return { used, areas, probe: block };
    } catch (error) {
      // A too-large probe or more than 512 merged areas fails the whole sync: retry without it.
      if (errorCode(error) === 'InvalidOperationInCellEditMode') throw error;
      const optional = aboard.some((r) => r.optional);
      if (optional && isPayloadError(error)) aboard = aboard.filter((r) => !r.optional);
      else if (probe && isPayloadError(error)) probe = false;
      else if (merges) merges = false;
      else if (probe) probe = false;
      else throw error;
    }
  }
}

/**
 * Reads `props` of the sheet's used range (values only when `valuesOnly` is supported). `riders`
 * travel with the first sync; `later`, asked once that sync is done, with the next block if any.
 */
export async function readUsedRange(
  env: ExcelEnv,
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  props: readonly RangeProp[],
  wantMerges: boolean,
  riders: readonly Rider[] = [],
  later?: () => Rider | null,
): Promise<UsedRead> {
  const { used, areas, probe } = await start(env, context, sheet, props, wantMerges, riders);
  const top = used.rowIndex + 1;
  const left = used.columnIndex + 1;
  const rows = used.rowCount;
  const cols = used.columnCount;
  const merges = areas && !areas.isNullObject ? parseAreas(areas.address) : [];
  const data: RangeData = {};
  let done = 0;
  let perRow = cols * ASSUMED_CELL_BYTES;
  if (probe) {
    const got = pick(probe, props);
    append(data, got);
    done = got[props[0] ?? 'values']?.length ?? 0;
    if (done > 0) perRow = (jsonBytes(got) / done) * MARGIN;
  }
  let measured = probe !== null;
  let chunk = Math.max(1, Math.floor(PAYLOAD_BUDGET / perRow));
  let rider = done < rows && later ? later() : null;
  while (done < rows) {
    const n = Math.min(chunk, rows - done);
    rider?.queue();
    const block = sheet.getRange(rangeA1(top + done, left, n, cols));
    block.load(props.join(','));
    try {
      // One sync per block of ~4 MB: the cap, not the number of rows, sets how many there are.
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      // The rider goes first (its owner reads it later on its own), then the block shrinks.
      if (rider?.optional) rider = null;
      else if (n === 1) throw error;
      else chunk = Math.max(1, Math.floor(n / 2));
      continue;
    }
    rider?.done();
    rider = null;
    const got = pick(block, props);
    append(data, got);
    const seen = (jsonBytes(got) / n) * MARGIN;
    perRow = measured ? Math.max(perRow, seen) : seen;
    measured = true;
    done += n;
    chunk = Math.max(1, Math.floor(PAYLOAD_BUDGET / perRow));
  }
  return { row: top, col: left, rows, cols, data, merges };
}
