/**
 * Applying a fix, and undoing it: both are cell rewrites. The undo keeps the values the fix
 * replaced and the values it wrote, so it can refuse when the cells were edited since.
 */
import { cellValue, valueText, type CellValue, type Grid } from '../grid/grid';
import type { CellEdit, Fix } from '../check/issue';
import { ru } from '../messages/ru';
import type { ValuesChange } from './change-set';

/** Plain JSON, safe to hand to a sidebar and back (no Date objects). */
export interface UndoRecord {
  readonly sheet: string;
  readonly label: string;
  /** What the fix wrote: the undo checks the cells still hold it. */
  readonly wrote: readonly CellEdit[];
  /** What was there before, to write back. */
  readonly before: readonly { row: number; col: number; value: CellValue }[];
}

export type FixOutcome =
  | { readonly ok: true; readonly changes: ValuesChange[]; readonly undo: UndoRecord }
  | { readonly ok: false; readonly message: string };

const one = (sheet: string, row: number, col: number, value: CellValue): ValuesChange => ({
  kind: 'values',
  sheet,
  row,
  col,
  values: [[value]],
});

const sameText = (v: CellValue, text: string | null): boolean => valueText(v) === (text ?? '');

/** The grid as it will be once these values are written: for keys computed before the write. */
export function gridAfter(grid: Grid, edits: readonly { row: number; col: number; value: CellValue }[]): Grid {
  const values = grid.values.map((r) => [...r]);
  const display = grid.display?.map((r) => [...r]);
  for (const e of edits) {
    const row = (values[e.row - 1] ??= []);
    while (row.length < e.col - 1) row.push(null);
    row[e.col - 1] = e.value;
    // The display text of a rewritten cell is its new value's text, not what the host showed before.
    const shown = display?.[e.row - 1];
    if (shown) shown[e.col - 1] = valueText(e.value);
  }
  return display ? { ...grid, values, display } : { ...grid, values };
}

/** The changes a fix makes on `grid`'s sheet and the record to undo them. */
export function planFix(grid: Grid, fix: Fix): FixOutcome {
  const before = fix.edits.map((e) => ({ row: e.row, col: e.col, value: cellValue(grid, e.row, e.col) }));
  const changes = fix.edits.map((e) => one(grid.sheet, e.row, e.col, e.value));
  return { ok: true, changes, undo: { sheet: grid.sheet, label: fix.label, wrote: fix.edits, before } };
}

/** Undo a fix if its cells still hold what it wrote; otherwise refuse, touching nothing. */
export function planUndo(grid: Grid, undo: UndoRecord): FixOutcome {
  const changed = undo.wrote.some((e) => !sameText(cellValue(grid, e.row, e.col), e.value));
  if (changed) return { ok: false, message: ru.fixes.undoRefused };
  return {
    ok: true,
    changes: undo.before.map((b) => one(undo.sheet, b.row, b.col, b.value)),
    undo,
  };
}
