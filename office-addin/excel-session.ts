/// <reference types="office-js" />
/**
 * One command's read-ahead in the Excel adapter. The flows in core ask for one thing at a time
 * (the active sheet, its grid, a tool sheet, …); each would cost Office.js a round trip. While a
 * command runs, the adapter reads what the command is known to need in the syncs it makes anyway:
 * the grid with the active sheet's name, the tool sheets with the grid's later blocks (or in one
 * sync of their own), whether notes exist with the looks. Everything read ahead is dropped when
 * the command writes, and the whole session ends with the command.
 */
import type { CellValue, Grid } from '../core/grid/grid';
import { API, type ExcelEnv } from './excel-env';
import { isPayloadError, type Rider } from './excel-read';

/** What a command will read, said by its caller (office-bridge.ts), so the adapter reads it early. */
export interface ReadAhead {
  /** The command reads the grid of the active sheet: it comes with the active sheet's name. */
  readonly activeGrid: boolean;
  /** Tool sheets the command reads with readToolSheet. */
  readonly toolSheets: readonly string[];
}

export interface Session {
  readonly ahead: ReadAhead;
  /** The active sheet's name, once read. */
  active: string | null;
  /** The active sheet's grid read ahead, taken by the next readGrid of that sheet. */
  grid: Grid | null;
  /** Every sheet's name, once read; kept up to date by the command's own writes. */
  names: Set<string> | null;
  /** Tool sheets read ahead: values, or null where the sheet does not exist. */
  readonly tools: Map<string, CellValue[][] | null>;
  /** Whether a note exists, by `sheet!A1`, as read with the looks and as written since. */
  readonly notes: Map<string, boolean>;
}

export function openSession(ahead: ReadAhead): Session {
  return { ahead, active: null, grid: null, names: null, tools: new Map(), notes: new Map() };
}

/** A write happened: values read ahead may be stale; names and notes are kept current by the write. */
export function afterWrite(session: Session, touchedSheets: ReadonlySet<string>): void {
  session.grid = null;
  session.tools.clear();
  for (const key of [...session.notes.keys()]) {
    if (touchedSheets.has(key.slice(0, key.lastIndexOf('!')))) session.notes.delete(key);
  }
}

/** Rows of a tool sheet's used range, placed at their sheet positions (as readToolSheet gives them). */
export type ToolRows = (range: Excel.Range) => CellValue[][];

/** Tool sheets of the read-ahead that exist and are not read yet (names must be known). */
export function pendingTools(session: Session, also?: string): string[] {
  const names = session.names;
  if (!names) return [];
  const wanted =
    also && !session.ahead.toolSheets.includes(also) ? [also, ...session.ahead.toolSheets] : session.ahead.toolSheets;
  const out: string[] = [];
  for (const name of wanted) {
    if (session.tools.has(name)) continue;
    if (!names.has(name)) session.tools.set(name, null);
    else out.push(name);
  }
  return out;
}

/** Loads of these existing tool sheets' values, riding on another sync (optional: dropped first). */
export function toolRider(
  context: Excel.RequestContext,
  env: ExcelEnv,
  session: Session,
  names: readonly string[],
  rows: ToolRows,
): Rider {
  let loaded: [string, Excel.Range][] = [];
  return {
    optional: true,
    queue: () => {
      loaded = names.map((name) => {
        const ws = context.workbook.worksheets.getItem(name);
        const used = env.supports(API.valuesOnlyUsedRange) ? ws.getUsedRange(true) : ws.getUsedRange();
        used.load('rowIndex,columnIndex,rowCount,columnCount,values');
        return [name, used];
      });
    },
    done: () => {
      for (const [name, used] of loaded) session.tools.set(name, rows(used));
    },
  };
}

/** Reads the pending tool sheets in one sync of their own; false when they are too large together. */
export async function readToolsTogether(
  context: Excel.RequestContext,
  env: ExcelEnv,
  session: Session,
  names: readonly string[],
  rows: ToolRows,
): Promise<boolean> {
  if (names.length === 0) return true;
  const rider = toolRider(context, env, session, names, rows);
  rider.queue();
  try {
    await context.sync();
  } catch (error) {
    if (isPayloadError(error)) return false;
    throw error;
  }
  rider.done();
  return true;
}
