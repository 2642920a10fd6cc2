/// <reference types="office-js" />
/**
 * Applying a change set through Office.js: every change becomes queued operations (excel-ops),
 * synced once per ~4 MB. What must be known first — which tool sheets and notes exist — is read
 * in one sync before, because Office.js cannot branch on the document inside a batch.
 */
import { a1, isDateValue, type CellValue } from '../core/grid/grid';
import {
  isCellLink,
  isUrlLink,
  plainValue,
  type Change,
  type ColumnsChange,
  type FillChange,
  type NoteChange,
  type SheetChange,
  type ValuesChange,
} from '../core/changes/change-set';
import { API, type ExcelEnv } from './excel-env';
import { DATE_FORMAT, jsonBytes, rangeA1, sheetRef, toExcelWrite, type ExcelWrite } from './excel-cells';
import { OP_BYTES, Scope, pack, rectOps, type Op } from './excel-ops';
import { conditionalOps, formatOps, validationOps } from './excel-range-rules';
import { fillOp, fillRunOps } from './excel-fills';
import { chartOps, chartSheets, deleteChartsOp, layoutOps } from './excel-chart';

/** Note lookups per sync when finding out which notes exist. */
const NOTE_LOOKUPS_PER_SYNC = 4000;
/** Points per character of column width (Calibri 11: 8.43 characters = 48 points). */
const POINTS_PER_CHAR = 5.7;

/** What exists before the batch: tool sheets by name, notes by `sheet!A1`, charts to replace by sheet. */
interface Facts {
  readonly sheets: Set<string>;
  readonly notes: Map<string, boolean>;
  readonly charts: Map<string, Excel.Chart[]>;
}

/** A note's key in Facts and in the adapter's read-ahead: `sheet!A1`. */
export const noteKey = (c: { sheet: string; row: number; col: number }): string => `${c.sheet}!${a1(c.row, c.col)}`;

/** What the caller already knows of the book (the command's read-ahead): not asked again. */
export interface Known {
  /** Every sheet's name; null when not read yet. Kept current by this batch's own changes. */
  readonly sheets: Set<string> | null;
  /** Whether a note exists, by `sheet!A1`. Kept current by this batch's own changes. */
  readonly notes: Map<string, boolean>;
}

/**
 * The charts of the sheets that get a new one (or are the summary being rebuilt): one more sync,
 * only where such a sheet exists and this Excel can bind charts at all.
 */
async function readCharts(
  context: Excel.RequestContext,
  facts: Facts,
  changes: readonly Change[],
  env: ExcelEnv,
): Promise<void> {
  if (!env.supports(API.chartBinding)) return;
  const names = [...chartSheets(changes)].filter((name) => facts.sheets.has(name));
  if (names.length === 0) return;
  const loaded = names.map(
    (name) => [name, context.workbook.worksheets.getItem(name).charts.load('items/name')] as const,
  );
  await context.sync();
  for (const [name, charts] of loaded) facts.charts.set(name, charts.items);
}

async function readFacts(
  context: Excel.RequestContext,
  changes: readonly Change[],
  notesOn: boolean,
  env: ExcelEnv,
  known: Known | null,
): Promise<Facts> {
  const facts: Facts = { sheets: known?.sheets ?? new Set(), notes: known?.notes ?? new Map(), charts: new Map() };
  const needSheets =
    !known?.sheets && changes.some((c) => c.kind === 'sheet' || c.kind === 'remove-sheet' || c.kind === 'chart');
  const cells = notesOn
    ? [
        ...new Map(
          changes
            .filter((c): c is NoteChange => c.kind === 'note' && !facts.notes.has(noteKey(c)))
            .map((c) => [noteKey(c), c]),
        ).values(),
      ]
    : [];
  if (!needSheets && cells.length === 0) {
    await readCharts(context, facts, changes, env);
    return facts;
  }
  const sheets = context.workbook.worksheets;
  if (needSheets) sheets.load('items/name');
  const scope = new Scope(context);
  const parts: NoteChange[][] = [];
  for (let i = 0; i < cells.length; i += NOTE_LOOKUPS_PER_SYNC) parts.push(cells.slice(i, i + NOTE_LOOKUPS_PER_SYNC));
  // The sheet names ride along with the first part, or alone when no note is written.
  for (const part of parts.length ? parts : [[]]) {
    // `visible` is a small property: loading it is how a note's existence becomes known.
    const found = part.map((c) => {
      const note = scope.sheet(c.sheet).notes.getItemOrNullObject(a1(c.row, c.col));
      note.load('visible');
      return [noteKey(c), note] as const;
    });
    await context.sync();
    for (const [key, note] of found) facts.notes.set(key, !note.isNullObject);
  }
  if (needSheets) for (const ws of sheets.items) facts.sheets.add(ws.name);
  await readCharts(context, facts, changes, env);
  return facts;
}

function noteOps(c: NoteChange, facts: Facts): Op[] {
  const key = noteKey(c);
  const exists = facts.notes.get(key) ?? false;
  const at = a1(c.row, c.col);
  facts.notes.set(key, c.text !== '');
  if (c.text === '')
    return exists ? [{ bytes: OP_BYTES, queue: (s) => s.sheet(c.sheet).notes.getItem(at).delete() }] : [];
  const bytes = OP_BYTES + jsonBytes(c.text);
  if (exists) return [{ bytes, queue: (s) => void (s.sheet(c.sheet).notes.getItem(at).content = c.text) }];
  return [{ bytes, queue: (s) => void s.sheet(c.sheet).notes.add(at, c.text) }];
}

function valuesOps(c: ValuesChange): Op[] {
  const rows = c.values.map((line) => line.map(toExcelWrite));
  // A date goes as a serial and shows as a date: its format rides along in the same block.
  const formats = c.values.map((line) => line.map((v: CellValue) => (isDateValue(v) ? DATE_FORMAT : null)));
  const even = rows.every((line) => line.length === (rows[0]?.length ?? 0));
  // Ragged rows are written one row each: a padded rectangle would overwrite cells not in the change.
  if (even) return rectOps(c.sheet, c.row, c.col, rows, formats);
  return rows.flatMap((line, i) => rectOps(c.sheet, c.row + i, c.col, [line], formats.slice(i, i + 1)));
}

/** Rows between two runs of one column that a merged write may span, left as they are. */
const MAX_GAP = 1000;

const isColumnRun = (c: Change | undefined): c is ValuesChange =>
  c?.kind === 'values' && c.values.every((line) => line.length === 1);

/**
 * Consecutive runs down one column (core writes «Статус» or «Контрольный срок» only where empty)
 * as one write: Office.js leaves a cell given null as it is, so the gaps between runs are kept.
 */
function columnRunOps(runs: readonly ValuesChange[]): Op[] {
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (!first || !last) return [];
  const height = last.row + last.values.length - first.row;
  const rows: (ExcelWrite | null)[][] = Array.from({ length: height }, () => [null]);
  const formats: (string | null)[][] = Array.from({ length: height }, () => [null]);
  for (const run of runs) {
    run.values.forEach((line, i) => {
      const v = line[0] ?? null;
      rows[run.row - first.row + i] = [toExcelWrite(v)];
      if (isDateValue(v)) formats[run.row - first.row + i] = [DATE_FORMAT];
    });
  }
  return rectOps(first.sheet, first.row, first.col, rows, formats);
}

const isFill = (c: Change | undefined): c is FillChange => c?.kind === 'fill';

/**
 * Operations of the change set in its order: neighbouring runs of one column merged into one
 * write, consecutive fills into range-level calls (excel-fills.ts).
 */
function allOps(changes: readonly Change[], facts: Facts, env: ExcelEnv, notesOn: boolean): Op[] {
  const ops: Op[] = [];
  for (let i = 0; i < changes.length;) {
    const c = changes[i];
    if (!c) break;
    let j = i + 1;
    if (isFill(c)) {
      while (isFill(changes[j])) j++;
      ops.push(...fillRunOps(changes.slice(i, j).filter(isFill), env));
      i = j;
      continue;
    }
    if (isColumnRun(c)) {
      let end = c.row + c.values.length;
      const follows = (next: Change | undefined): next is ValuesChange =>
        isColumnRun(next) &&
        next.sheet === c.sheet &&
        next.col === c.col &&
        next.row >= end &&
        next.row - end <= MAX_GAP;
      for (let next = changes[j]; follows(next); next = changes[++j]) end = next.row + next.values.length;
    }
    ops.push(
      ...(j - i > 1 ? columnRunOps(changes.slice(i, j).filter(isColumnRun)) : changeOps(c, facts, env, notesOn)),
    );
    i = j;
  }
  return ops;
}

function sheetOps(c: SheetChange, facts: Facts, env: ExcelEnv): Op[] {
  const existed = facts.sheets.has(c.name);
  facts.sheets.add(c.name);
  const width = Math.max(1, ...c.rows.map((r) => r.length), c.widths?.length ?? 0);
  const merges = env.supports(API.merge) ? (c.merges ?? []).filter((m) => m.rows * m.cols > 1) : [];
  const ops: Op[] = [
    ...takeCharts(facts, c.name),
    {
      bytes: OP_BYTES,
      queue: (s) => {
        // Rebuilt in place: the tab keeps its position and nothing of the old content survives.
        const ws = existed ? s.sheet(c.name) : s.added(c.name);
        if (existed) ws.getRange().clear();
        // Old merged areas would cut the new ones: a rebuilt sheet that gets merges loses them first.
        if (existed && merges.length) ws.getRange().unmerge();
        ws.visibility = c.hidden ? 'Hidden' : 'Visible';
      },
    },
  ];
  const rows = c.rows.map((r) =>
    Array.from({ length: width }, (_, j) => {
      const v = r[j];
      if (v === undefined) return '';
      return toExcelWrite(plainValue(v));
    }),
  );
  // Dates go as serials: their format rides along, as in a values change.
  const formats = c.rows.map((r) =>
    Array.from({ length: width }, (_, j) => {
      const v = r[j];
      return v !== undefined && isDateValue(plainValue(v)) ? DATE_FORMAT : null;
    }),
  );
  ops.push(...rectOps(c.name, 1, 1, rows, formats));
  // One merge per merged area, queued with the rest: they go in the same syncs, never one each.
  for (const m of merges)
    ops.push({
      bytes: OP_BYTES,
      queue: (s) =>
        s
          .sheet(c.name)
          .getRange(rangeA1(m.row, m.col, m.rows, m.cols))
          .merge(false),
    });
  const last = width;
  // Below ExcelApi 1.7 a link stays its text (a web link shows its address in that text).
  if (env.supports(API.hyperlink)) {
    c.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === undefined || !(isCellLink(v) || isUrlLink(v))) return;
        const link: Excel.RangeHyperlink = isUrlLink(v)
          ? { address: v.url, textToDisplay: v.text }
          : { documentReference: sheetRef(v.sheet, v.row, v.col), textToDisplay: v.text };
        ops.push({
          bytes: OP_BYTES + jsonBytes(link),
          queue: (s) => void (s.sheet(c.name).getRange(a1(i + 1, j + 1)).hyperlink = link),
        });
      }),
    );
  }
  for (const r of c.boldRows ?? []) {
    ops.push({
      bytes: OP_BYTES,
      queue: (s) => void (s.sheet(c.name).getRange(rangeA1(r, 1, 1, last)).format.font.bold = true),
    });
  }
  for (const [r, color] of Object.entries(c.rowFills ?? {})) {
    ops.push({
      bytes: OP_BYTES,
      queue: (s) => void (s.sheet(c.name).getRange(rangeA1(Number(r), 1, 1, last)).format.fill.color = color),
    });
  }
  if (env.supports(API.columnWidth)) {
    (c.widths ?? []).forEach((w, j) => {
      const points = Math.round(w * POINTS_PER_CHAR + 5);
      ops.push({
        bytes: OP_BYTES,
        queue: (s) => void (s.sheet(c.name).getRange(rangeA1(1, j + 1, 1, 1)).format.columnWidth = points),
      });
    });
  }
  ops.push(...layoutOps(c, width, env));
  return ops;
}

/** Widths (ExcelApi 1.2) and wrapping of the columns the tool added to a user's sheet. */
function columnsOps(c: ColumnsChange, env: ExcelEnv): Op[] {
  const ops: Op[] = [];
  if (env.supports(API.columnWidth))
    c.widths.forEach((w, j) => {
      const points = Math.round(w * POINTS_PER_CHAR + 5);
      ops.push({
        bytes: OP_BYTES,
        queue: (s) => void (s.sheet(c.sheet).getRange(rangeA1(1, c.col + j, 1, 1)).format.columnWidth = points),
      });
    });
  if (c.wrapRows > 0)
    ops.push({
      bytes: OP_BYTES,
      queue: (s) =>
        void (s.sheet(c.sheet).getRange(rangeA1(1, c.col, c.wrapRows, c.widths.length)).format.wrapText = true),
    });
  return ops;
}

/** Deletes the sheet's charts read before the batch, once: a later change finds none left. */
function takeCharts(facts: Facts, sheet: string): Op[] {
  const old = facts.charts.get(sheet) ?? [];
  facts.charts.delete(sheet);
  return deleteChartsOp(old);
}

function changeOps(c: Change, facts: Facts, env: ExcelEnv, notesOn: boolean): Op[] {
  switch (c.kind) {
    case 'fill':
      return [fillOp(c)];
    case 'note':
      return notesOn ? noteOps(c, facts) : [];
    case 'values':
      return valuesOps(c);
    case 'sheet':
      return sheetOps(c, facts, env);
    case 'remove-sheet': {
      if (!facts.sheets.delete(c.name)) return [];
      return [
        {
          bytes: OP_BYTES,
          queue: (s) => {
            s.sheet(c.name).delete();
            s.removed(c.name);
          },
        },
      ];
    }
    case 'validation':
      return validationOps(c, env);
    case 'conditional':
      return conditionalOps(c, env);
    case 'format':
      return formatOps(c);
    case 'chart':
      return [...takeCharts(facts, c.sheet), ...chartOps(c, env)];
    case 'columns':
      return columnsOps(c, env);
    default: {
      const unknown: never = c;
      throw new Error(`Excel adapter: unknown change ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Applies `changes` in one Excel.run: one sync to learn what exists (none where `known` tells it
 * all, two where old charts must go), one per ~4 MB of writes.
 */
export async function applyChanges(
  env: ExcelEnv,
  context: Excel.RequestContext,
  changes: readonly Change[],
  notesOn: boolean,
  known: Known | null = null,
): Promise<void> {
  const facts = await readFacts(context, changes, notesOn, env, known);
  const ops = allOps(changes, facts, env, notesOn);
  const scope = new Scope(context);
  for (const group of pack(ops)) {
    for (const op of group) op.queue(scope);
    // One sync per packed group of ~4 MB, never per cell.
    await context.sync();
  }
}
