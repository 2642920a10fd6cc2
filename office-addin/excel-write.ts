/// <reference types="office-js" />
/**
 * Applying a change set through Office.js: every change becomes queued operations with an
 * estimated request size, and the queue is synced once per ~4 MB (Excel on the web caps a
 * request at 5 MB). What must be known first — which tool sheets and notes exist — is read in
 * one sync before, because Office.js cannot branch on the document inside a batch.
 */
import { a1, isDateValue, type CellValue } from '../core/grid/grid';
import { isCellLink, type Change, type NoteChange, type SheetChange, type ValuesChange } from '../core/changes/change-set';
import { API, type ExcelEnv } from './excel-env';
import { DATE_FORMAT, jsonBytes, rangeA1, sheetRef, toExcelWrite, type ExcelWrite } from './excel-cells';
import { PAYLOAD_BUDGET } from './excel-read';

/** Request bytes of one queued call besides its data: object paths and the action itself. */
const OP_BYTES = 600;
/** Note lookups per sync when finding out which notes exist. */
const NOTE_LOOKUPS_PER_SYNC = 4000;
/** Points per character of column width (Calibri 11: 8.43 characters = 48 points). */
const POINTS_PER_CHAR = 5.7;

/** Worksheet proxies of one request context, by name. */
class Scope {
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

interface Op {
  readonly bytes: number;
  readonly queue: (scope: Scope) => void;
}

/** What exists before the batch: tool sheets by name, notes by `sheet!A1`. */
interface Facts {
  readonly sheets: Set<string>;
  readonly notes: Map<string, boolean>;
}

const noteKey = (c: { sheet: string; row: number; col: number }): string => `${c.sheet}!${a1(c.row, c.col)}`;

async function readFacts(context: Excel.RequestContext, changes: readonly Change[], notesOn: boolean): Promise<Facts> {
  const facts: Facts = { sheets: new Set(), notes: new Map() };
  const needSheets = changes.some((c) => c.kind === 'sheet' || c.kind === 'remove-sheet');
  const cells = notesOn ? [...new Map(changes.filter((c): c is NoteChange => c.kind === 'note').map((c) => [noteKey(c), c])).values()] : [];
  if (!needSheets && cells.length === 0) return facts;
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
  return facts;
}

function noteOps(c: NoteChange, facts: Facts): Op[] {
  const key = noteKey(c);
  const exists = facts.notes.get(key) ?? false;
  const at = a1(c.row, c.col);
  facts.notes.set(key, c.text !== '');
  if (c.text === '') return exists ? [{ bytes: OP_BYTES, queue: (s) => s.sheet(c.sheet).notes.getItem(at).delete() }] : [];
  const bytes = OP_BYTES + jsonBytes(c.text);
  if (exists) return [{ bytes, queue: (s) => void (s.sheet(c.sheet).notes.getItem(at).content = c.text) }];
  return [{ bytes, queue: (s) => void s.sheet(c.sheet).notes.add(at, c.text) }];
}

/** Rows of equal width as value writes of at most about half the budget each. */
function rectOps(sheet: string, row: number, col: number, rows: readonly ExcelWrite[][]): Op[] {
  const ops: Op[] = [];
  const width = rows[0]?.length ?? 0;
  let start = 0;
  let bytes = 0;
  const flush = (end: number): void => {
    if (end === start || width === 0) return;
    const block = rows.slice(start, end);
    const address = rangeA1(row + start, col, end - start, width);
    ops.push({ bytes: OP_BYTES + bytes, queue: (s) => void (s.sheet(sheet).getRange(address).values = block) });
    start = end;
    bytes = 0;
  };
  rows.forEach((line, i) => {
    const size = jsonBytes(line);
    if (bytes > 0 && bytes + size > PAYLOAD_BUDGET / 2) flush(i);
    bytes += size;
  });
  flush(rows.length);
  return ops;
}

function valuesOps(c: ValuesChange): Op[] {
  const rows = c.values.map((line) => line.map(toExcelWrite));
  const even = rows.every((line) => line.length === (rows[0]?.length ?? 0));
  // Ragged rows are written one row each: a padded rectangle would overwrite cells not in the change.
  const ops = even ? rectOps(c.sheet, c.row, c.col, rows) : rows.flatMap((line, i) => rectOps(c.sheet, c.row + i, c.col, [line]));
  c.values.forEach((line, i) =>
    line.forEach((v: CellValue, j) => {
      if (!isDateValue(v)) return;
      const at = a1(c.row + i, c.col + j);
      ops.push({ bytes: OP_BYTES, queue: (s) => void (s.sheet(c.sheet).getRange(at).numberFormat = [[DATE_FORMAT]]) });
    }),
  );
  return ops;
}

function sheetOps(c: SheetChange, facts: Facts, env: ExcelEnv): Op[] {
  const existed = facts.sheets.has(c.name);
  facts.sheets.add(c.name);
  const width = Math.max(1, ...c.rows.map((r) => r.length), c.widths?.length ?? 0);
  const ops: Op[] = [
    {
      bytes: OP_BYTES,
      queue: (s) => {
        // Rebuilt in place: the tab keeps its position and nothing of the old content survives.
        const ws = existed ? s.sheet(c.name) : s.added(c.name);
        if (existed) ws.getRange().clear();
        ws.visibility = c.hidden ? 'Hidden' : 'Visible';
      },
    },
  ];
  const rows = c.rows.map((r) => Array.from({ length: width }, (_, j) => {
    const v = r[j];
    if (v === undefined) return '';
    return isCellLink(v) ? toExcelWrite(v.text) : toExcelWrite(v);
  }));
  ops.push(...rectOps(c.name, 1, 1, rows));
  const last = width;
  if (env.supports(API.hyperlink)) {
    c.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (!isCellLink(v)) return;
        const link = { documentReference: sheetRef(v.sheet, v.row, v.col), textToDisplay: v.text };
        ops.push({ bytes: OP_BYTES + jsonBytes(link), queue: (s) => void (s.sheet(c.name).getRange(a1(i + 1, j + 1)).hyperlink = link) });
      }),
    );
  }
  for (const r of c.boldRows ?? []) {
    ops.push({ bytes: OP_BYTES, queue: (s) => void (s.sheet(c.name).getRange(rangeA1(r, 1, 1, last)).format.font.bold = true) });
  }
  for (const [r, color] of Object.entries(c.rowFills ?? {})) {
    ops.push({ bytes: OP_BYTES, queue: (s) => void (s.sheet(c.name).getRange(rangeA1(Number(r), 1, 1, last)).format.fill.color = color) });
  }
  if (env.supports(API.columnWidth)) {
    (c.widths ?? []).forEach((w, j) => {
      const points = Math.round(w * POINTS_PER_CHAR + 5);
      ops.push({ bytes: OP_BYTES, queue: (s) => void (s.sheet(c.name).getRange(rangeA1(1, j + 1, 1, 1)).format.columnWidth = points) });
    });
  }
  return ops;
}

function changeOps(c: Change, facts: Facts, env: ExcelEnv, notesOn: boolean): Op[] {
  switch (c.kind) {
    case 'fill':
      return [
        {
          bytes: OP_BYTES,
          queue: (s) => {
            const fill = s.sheet(c.sheet).getRange(a1(c.row, c.col)).format.fill;
            if (c.color === null) fill.clear();
            else fill.color = c.color;
          },
        },
      ];
    case 'note':
      return notesOn ? noteOps(c, facts) : [];
    case 'values':
      return valuesOps(c);
    case 'sheet':
      return sheetOps(c, facts, env);
    case 'remove-sheet': {
      if (!facts.sheets.delete(c.name)) return [];
      return [{ bytes: OP_BYTES, queue: (s) => { s.sheet(c.name).delete(); s.removed(c.name); } }];
    }
    default:
      throw new Error(`Excel adapter: change «${c.kind}» is not applied yet`);
  }
}

/** Groups of operations, each under the request budget, in the change set's order. */
function pack(ops: readonly Op[]): Op[][] {
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

/** Applies `changes` in one Excel.run: one sync to learn what exists, one per ~4 MB of writes. */
export async function applyChanges(env: ExcelEnv, context: Excel.RequestContext, changes: readonly Change[], notesOn: boolean): Promise<void> {
  const facts = await readFacts(context, changes, notesOn);
  const ops = changes.flatMap((c) => changeOps(c, facts, env, notesOn));
  const scope = new Scope(context);
  for (const group of pack(ops)) {
    for (const op of group) op.queue(scope);
    // One sync per packed group of ~4 MB, never per cell.
    await context.sync();
  }
}
