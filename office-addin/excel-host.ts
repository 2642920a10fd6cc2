/// <reference types="office-js" />
/**
 * The Excel adapter of the host port: translation, batching and Office.js limits only. Each host
 * call is one Excel.run; reads come in as few syncs as the 5 MB cap allows, writes are queued
 * and synced once per ~4 MB. Every decision about what to mark or restore is made in core.
 */
import { a1, type CellValue, type Grid } from '../core/grid/grid';
import type { ChangeSet } from '../core/changes/change-set';
import type { AsyncSheetHost } from '../core/host/host';
import type { CellLook, CellRef } from '../core/marks/mark-backup';
import { API, type ExcelEnv } from './excel-env';
import { displayText, toCellValue } from './excel-cells';
import { readUsedRange, type Rider, type UsedRead } from './excel-read';
import { applyChanges, noteKey } from './excel-write';
import {
  afterWrite,
  openSession,
  pendingTools,
  readToolsTogether,
  toolRider,
  type ReadAhead,
  type Session,
} from './excel-session';

/** Cells whose fill and note are read per sync: each costs a few object paths in the request. */
const LOOK_CELLS_PER_SYNC = 5000;

export interface ExcelHost extends AsyncSheetHost {
  /** Whether notes can be read and written (ExcelApi 1.18); without them marks are fills only. */
  readonly notes: boolean;
  /** Whether dropdowns can be set (ExcelApi 1.8); without them «Статус» is typed by hand. */
  readonly validation: boolean;
  /** Whether colour rules can be set (ExcelApi 1.6); without them «Контроль» has no colours. */
  readonly colorRules: boolean;
  /** Whether charts can be bound to the sheet's cells (ExcelApi 1.7); without it the summary has none. */
  readonly charts: boolean;
  /**
   * Runs one command (`work`) with what it will read read ahead: fewer round trips, the same
   * answers. Outside of it every host call reads on its own.
   */
  readAhead<T>(ahead: ReadAhead, work: () => Promise<T>): Promise<T>;
}

/** What «Проверить план», «Статусы» and the summary read of a plan sheet. */
const GRID_PROPS = ['values', 'numberFormat', 'valueTypes', 'text'] as const;

/** Rows placed at their sheet positions; each row ends at its last non-empty cell. */
function toGrid(sheet: string, read: UsedRead): Grid {
  const values: CellValue[][] = Array.from({ length: read.row - 1 }, () => []);
  const display: string[][] = Array.from({ length: read.row - 1 }, () => []);
  const { values: raw = [], valueTypes, numberFormat, text } = read.data;
  raw.forEach((line, r) => {
    const row: CellValue[] = new Array<CellValue>(read.col - 1).fill(null);
    const shown: string[] = new Array<string>(read.col - 1).fill('');
    line.forEach((v, c) => {
      const type = valueTypes?.[r]?.[c];
      row.push(toCellValue(v, typeof type === 'string' ? type : undefined, numberFormat?.[r]?.[c]));
      shown.push(displayText(text?.[r]?.[c], typeof type === 'string' ? type : undefined));
    });
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    values.push(row.slice(0, end));
    display.push(shown.slice(0, end));
  });
  return { sheet, values, display, merges: read.merges };
}

/** How Excel reports the colour of a cell without fill. */
const NO_FILL_COLOR = '#FFFFFF';

/**
 * Fill as the core keeps it: null for «no fill». ExcelApi 1.9 tells it apart from white by the
 * pattern; below that a cell without fill reads as white, so white is taken as «no fill»: undoing
 * it clears the fill (gridlines back) instead of painting every formerly empty cell white.
 */
export function fillOf(fill: Excel.RangeFill, withPattern: boolean): string | null {
  if (withPattern) return fill.pattern === 'None' ? null : fill.color || null;
  const color = fill.color || null;
  return color === null || color.toUpperCase() === NO_FILL_COLOR ? null : color;
}

/** A tool sheet's values as readToolSheet returns them, from its loaded used range. */
function toolRows(used: Excel.Range): CellValue[][] {
  const read: UsedRead = {
    row: used.rowIndex + 1,
    col: used.columnIndex + 1,
    rows: used.rowCount,
    cols: used.columnCount,
    data: { values: used.values },
    merges: [],
  };
  return toGrid('', read).values.map((row) => [...row]);
}

export function createExcelHost(env: ExcelEnv): ExcelHost {
  const notes = env.supports(API.notes);
  const withPattern = env.supports(API.fillPattern);
  let session: Session | null = null;

  /** The first sync of a command: the active sheet's name, every sheet's name and, asked for, its grid. */
  const opening = (s: Session): Promise<string> =>
    env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      let active: Excel.Worksheet | null = null;
      const names: Rider = {
        optional: false,
        queue: () => {
          active = sheets.getActiveWorksheet().load('name');
          sheets.load('items/name');
        },
        done: () => void (s.names = new Set(sheets.items.map((ws) => ws.name))),
      };
      const nameOf = (): string => (active as Excel.Worksheet | null)?.name ?? '';
      if (!s.ahead.activeGrid) {
        names.queue();
        await context.sync();
        names.done();
        return (s.active = nameOf());
      }
      // The tool sheets ride with the grid's second block, when the grid has one.
      const later = (): Rider | null => {
        const pending = pendingTools(s);
        return pending.length ? toolRider(context, env, s, pending, toolRows) : null;
      };
      const read = await readUsedRange(env, context, sheets.getActiveWorksheet(), GRID_PROPS, true, [names], later);
      s.active = nameOf();
      s.grid = toGrid(s.active, read);
      return s.active;
    });

  /** A tool sheet, from what the command read ahead, or read with the others still pending. */
  const sessionTool = (s: Session, name: string): Promise<CellValue[][] | null> | null => {
    if (s.tools.has(name)) return Promise.resolve(s.tools.get(name) ?? null);
    if (!s.names) return null;
    if (!s.names.has(name)) return Promise.resolve(null);
    return env.run(async (context) => {
      const pending = pendingTools(s, name);
      const together = await readToolsTogether(context, env, s, pending, toolRows);
      if (together && s.tools.has(name)) return s.tools.get(name) ?? null;
      const read = await readUsedRange(env, context, context.workbook.worksheets.getItem(name), ['values'], false);
      return toGrid(name, read).values.map((row) => [...row]);
    });
  };

  const host: ExcelHost = {
    notes,
    validation: env.supports(API.dataValidation),
    colorRules: env.supports(API.conditionalFormats),
    charts: env.supports(API.chartBinding),

    readAhead: async (ahead, work) => {
      const outer = session;
      session = openSession(ahead);
      try {
        return await work();
      } finally {
        session = outer;
      }
    },

    activeSheet: () => {
      if (session) return session.active !== null ? Promise.resolve(session.active) : opening(session);
      return env.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.load('name');
        await context.sync();
        return ws.name;
      });
    },

    sheetNames: () => {
      // The command's first sync read them already.
      if (session?.names) return Promise.resolve([...session.names]);
      return env.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((ws) => ws.name);
      });
    },

    readGrid: (sheet) => {
      const ahead = session?.grid;
      if (session && ahead?.sheet === sheet) {
        session.grid = null;
        return Promise.resolve(ahead);
      }
      return env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        // Another sheet than the open one (the summary's remembered plan): the tool sheets ride along.
        const pending = session ? pendingTools(session) : [];
        const riders = session && pending.length ? [toolRider(context, env, session, pending, toolRows)] : [];
        return toGrid(sheet, await readUsedRange(env, context, ws, GRID_PROPS, true, riders));
      });
    },

    readLooks: (sheet, cells: readonly CellRef[]) =>
      env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const looks: CellLook[] = [];
        for (let i = 0; i < cells.length; i += LOOK_CELLS_PER_SYNC) {
          const part = cells.slice(i, i + LOOK_CELLS_PER_SYNC).map((c) => {
            const fill = ws.getRange(a1(c.row, c.col)).format.fill;
            fill.load(withPattern ? 'color,pattern' : 'color');
            const note = notes ? ws.notes.getItemOrNullObject(a1(c.row, c.col)) : null;
            note?.load('content');
            return { fill, note };
          });
          // Excel has no bulk read of fills: a block of single-cell loads, one sync per block.
          await context.sync();
          part.forEach(({ fill, note }, j) => {
            looks.push({ fill: fillOf(fill, withPattern), note: note && !note.isNullObject ? note.content : '' });
            const c = cells[i + j];
            // The write that follows need not ask again whether these notes exist.
            if (note && c) session?.notes.set(noteKey({ sheet, row: c.row, col: c.col }), !note.isNullObject);
          });
        }
        return looks;
      }),

    readToolSheet: (name) => {
      const ahead = session ? sessionTool(session, name) : null;
      if (ahead) return ahead;
      return env.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        if (!sheets.items.some((ws) => ws.name === name)) return null;
        const read = await readUsedRange(env, context, sheets.getItem(name), ['values'], false);
        return toGrid(name, read).values.map((row) => [...row]);
      });
    },

    apply: async (changes: ChangeSet) => {
      const s = session;
      const known = s ? { sheets: s.names, notes: s.notes } : null;
      await env.run((context) => applyChanges(env, context, changes, notes, known));
      if (s)
        afterWrite(
          s,
          new Set(changes.flatMap((c) => (c.kind === 'sheet' || c.kind === 'remove-sheet' ? [c.name] : []))),
        );
    },

    select: (sheet, row, col) =>
      env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1(row, col)).select();
        await context.sync();
      }),
  };
  return host;
}

/** Compile-time conformance: the adapter is the host port, nothing more and nothing less. */
export const excelHostConformance: (env: ExcelEnv) => AsyncSheetHost = createExcelHost;
