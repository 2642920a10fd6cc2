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
import { readUsedRange, type UsedRead } from './excel-read';
import { applyChanges } from './excel-write';

/** Cells whose fill and note are read per sync: each costs a few object paths in the request. */
const LOOK_CELLS_PER_SYNC = 1500;

export interface ExcelHost extends AsyncSheetHost {
  /** Whether notes can be read and written (ExcelApi 1.18); without them marks are fills only. */
  readonly notes: boolean;
  /** Whether dropdowns can be set (ExcelApi 1.8); without them «Статус» is typed by hand. */
  readonly validation: boolean;
  /** Whether colour rules can be set (ExcelApi 1.6); without them «Контроль» has no colours. */
  readonly colorRules: boolean;
  /** Whether charts can be bound to the sheet's cells (ExcelApi 1.7); without it the summary has none. */
  readonly charts: boolean;
}

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

export function createExcelHost(env: ExcelEnv): ExcelHost {
  const notes = env.supports(API.notes);
  const withPattern = env.supports(API.fillPattern);

  const host: ExcelHost = {
    notes,
    validation: env.supports(API.dataValidation),
    colorRules: env.supports(API.conditionalFormats),
    charts: env.supports(API.chartBinding),

    activeSheet: () =>
      env.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.load('name');
        await context.sync();
        return ws.name;
      }),

    sheetNames: () =>
      env.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((ws) => ws.name);
      }),

    readGrid: (sheet) =>
      env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const read = await readUsedRange(env, context, ws, ['values', 'numberFormat', 'valueTypes', 'text'], true);
        return toGrid(sheet, read);
      }),

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
          for (const { fill, note } of part) {
            looks.push({ fill: fillOf(fill, withPattern), note: note && !note.isNullObject ? note.content : '' });
          }
        }
        return looks;
      }),

    readToolSheet: (name) =>
      env.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        if (!sheets.items.some((ws) => ws.name === name)) return null;
        const read = await readUsedRange(env, context, sheets.getItem(name), ['values'], false);
        return toGrid(name, read).values.map((row) => [...row]);
      }),

    apply: (changes: ChangeSet) => env.run((context) => applyChanges(env, context, changes, notes)),

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
