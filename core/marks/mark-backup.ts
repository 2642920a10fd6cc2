/**
 * Reversible marks. Before the tool paints a cell it keeps the cell's original fill and note on a
 * hidden sheet of its own; «Снять отметки» puts them back, finding each row by its text if rows
 * moved, and refusing (never painting a wrong cell) when the row cannot be found.
 */
import type { Grid } from '../grid/grid';
import type { Change, FillChange, NoteChange } from '../changes/change-set';
import { ru } from '../messages/ru';
import { rowKey, uniqueRowsByKey } from './row-key';

export const BACKUP_SHEET = '_oko_marks';

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** How a cell looked before the tool marked it. */
export interface CellLook {
  readonly fill: string | null;
  readonly note: string;
}

export interface MarkEntry extends CellRef, CellLook {
  readonly sheet: string;
  readonly rowKey: string;
}

const refKey = (sheet: string, row: number, col: number): string => `${sheet}!${row}:${col}`;

/** The cells a set of marks paints, in order, without repeats. */
export function markedCells(marks: readonly Change[]): (CellRef & { sheet: string })[] {
  const seen = new Set<string>();
  const out: (CellRef & { sheet: string })[] = [];
  for (const c of marks) {
    if (c.kind !== 'fill' && c.kind !== 'note') continue;
    const key = refKey(c.sheet, c.row, c.col);
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ sheet: c.sheet, row: c.row, col: c.col });
    }
  }
  return out;
}

/** Where each backed-up cell of `grid`'s sheet is now, or null where its row cannot be found. */
function locate(grid: Grid, entries: readonly MarkEntry[]): (CellRef | null)[] {
  let byKey: Map<string, number> | null = null;
  return entries.map((e) => {
    if (rowKey(grid, e.row) === e.rowKey) return { row: e.row, col: e.col };
    byKey ??= uniqueRowsByKey(grid);
    const row = byKey.get(e.rowKey);
    return row === undefined ? null : { row, col: e.col };
  });
}

function lookChanges(sheet: string, at: CellRef, look: CellLook): [FillChange, NoteChange] {
  return [
    { kind: 'fill', sheet, row: at.row, col: at.col, color: look.fill },
    { kind: 'note', sheet, row: at.row, col: at.col, text: look.note },
  ];
}

/** Cells of the new marks whose original look is not kept yet: the host reads only these. */
export function cellsToBackUp(grid: Grid, marks: readonly Change[], backup: readonly MarkEntry[]): CellRef[] {
  const mine = backup.filter((e) => e.sheet === grid.sheet);
  const places = locate(grid, mine);
  const kept = new Set(places.flatMap((p) => (p ? [refKey(grid.sheet, p.row, p.col)] : [])));
  return markedCells(marks)
    .filter((c) => c.sheet === grid.sheet && !kept.has(refKey(c.sheet, c.row, c.col)))
    .map(({ row, col }) => ({ row, col }));
}

export interface MarkingPlan {
  /** Restore stale marks, then paint the new ones, then save the backup: one batch for the host. */
  readonly changes: Change[];
  readonly backup: MarkEntry[];
  /** Old marks whose row could not be found: left as they are. */
  readonly lost: number;
}

/**
 * Plan a (re)marking of `grid`'s sheet: cells marked before and not now get their original look
 * back; cells marked before and now keep their first backup; new cells are backed up from
 * `originals` (aligned with `cellsToBackUp`).
 */
export function planMarking(
  grid: Grid,
  marks: readonly Change[],
  backup: readonly MarkEntry[],
  originals: readonly CellLook[],
): MarkingPlan {
  const sheet = grid.sheet;
  const others = backup.filter((e) => e.sheet !== sheet);
  const mine = backup.filter((e) => e.sheet === sheet);
  const places = locate(grid, mine);
  const wanted = new Set(markedCells(marks).map((c) => refKey(c.sheet, c.row, c.col)));
  const changes: Change[] = [];
  const next: MarkEntry[] = [];
  let lost = 0;
  mine.forEach((e, i) => {
    const at = places[i];
    if (!at) {
      lost++;
      return;
    }
    if (wanted.has(refKey(sheet, at.row, at.col)))
      next.push({ ...e, row: at.row, col: at.col, rowKey: rowKey(grid, at.row) });
    else changes.push(...lookChanges(sheet, at, e));
  });
  cellsToBackUp(grid, marks, backup).forEach((c, i) => {
    const look = originals[i] ?? { fill: null, note: '' };
    next.push({ sheet, row: c.row, col: c.col, rowKey: rowKey(grid, c.row), fill: look.fill, note: look.note });
  });
  changes.push(...marks);
  const all = [...others, ...next];
  changes.push(backupSheet(all));
  return { changes, backup: all, lost };
}

export interface RestorePlan {
  readonly changes: Change[];
  readonly restored: number;
  /** Cells whose row changed or vanished: not touched. */
  readonly skipped: number;
  readonly message: string;
}

/** «Снять отметки» on `grid`'s sheet: original looks back, the report and backup of it removed. */
export function planRestore(grid: Grid, backup: readonly MarkEntry[], reportSheet: string): RestorePlan {
  const sheet = grid.sheet;
  const mine = backup.filter((e) => e.sheet === sheet);
  const places = locate(grid, mine);
  const changes: Change[] = [];
  let restored = 0;
  mine.forEach((e, i) => {
    const at = places[i];
    if (!at) return;
    changes.push(...lookChanges(sheet, at, e));
    restored++;
  });
  const skipped = mine.length - restored;
  const others = backup.filter((e) => e.sheet !== sheet);
  changes.push(others.length ? backupSheet(others) : { kind: 'remove-sheet', name: BACKUP_SHEET });
  changes.push({ kind: 'remove-sheet', name: reportSheet });
  const message = skipped ? ru.marks.restoredPartly(restored, skipped) : ru.marks.restored(restored);
  return { changes, restored, skipped, message };
}

/**
 * The tool itself rewrote some rows (a fix or its undo): move the backup's row keys along, so
 * «Снять отметки» still finds those rows. Null when no entry had to change.
 */
export function rekeyBackup(
  before: Grid,
  after: Grid,
  backup: readonly MarkEntry[],
  rows: readonly number[],
): Change | null {
  const touched = new Set(rows);
  let changed = false;
  const next = backup.map((e) => {
    if (e.sheet !== before.sheet || !touched.has(e.row) || rowKey(before, e.row) !== e.rowKey) return e;
    changed = true;
    return { ...e, rowKey: rowKey(after, e.row) };
  });
  return changed ? backupSheet(next) : null;
}

const HEADER = ['sheet', 'row', 'col', 'rowKey', 'fill', 'note'];

function backupSheet(entries: readonly MarkEntry[]): Change {
  return {
    kind: 'sheet',
    name: BACKUP_SHEET,
    hidden: true,
    rows: [HEADER, ...entries.map((e) => [e.sheet, e.row, e.col, e.rowKey, e.fill ?? '', e.note])],
  };
}

/** Read the backup sheet's values back; unknown or damaged rows are dropped. */
export function backupFromRows(rows: readonly (readonly unknown[])[]): MarkEntry[] {
  const out: MarkEntry[] = [];
  for (const r of rows.slice(1)) {
    const [sheet, row, col, key, fill, note] = r;
    const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
    if (typeof row !== 'number' || typeof col !== 'number' || !text(sheet) || !text(key).startsWith('k')) continue;
    // Hosts may hand back a sheet named «2021» or a note «15» as numbers: read them as text.
    out.push({ sheet: text(sheet), row, col, rowKey: text(key), fill: text(fill) || null, note: text(note) });
  }
  return out;
}
