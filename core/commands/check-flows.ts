/** «Проверить план», «Снять отметки», a fix and its undo: each one flow, run by every host. */
import { checkGrid } from '../check/check';
import { countBySeverity } from '../check/issue';
import { markChanges, reportSheetName } from '../changes/marks';
import { gridAfter, planFix, planUndo, type UndoRecord } from '../changes/fix-apply';
import type { Change } from '../changes/change-set';
import type { CellValue, Grid } from '../grid/grid';
import {
  BACKUP_SHEET,
  backupFromRows,
  cellsToBackUp,
  planMarking,
  planRestore,
  rekeyBackup,
} from '../marks/mark-backup';
import { ru } from '../messages/ru';
import { call, type Flow } from './flow';
import { issueId, problemReport, reportOf, type CheckReport } from './report';

/** Check a sheet (the active one by default) and mark it: one read, one batch of writes. */
export function* checkFlow(sheet?: string): Flow<CheckReport> {
  const name = sheet ?? (yield* call('activeSheet'));
  const grid = yield* call('readGrid', name);
  const outcome = checkGrid(grid);
  if (!outcome.ok) return problemReport(name, outcome.problem.message);
  const backup = backupFromRows((yield* call('readToolSheet', BACKUP_SHEET)) ?? []);
  const reportName = reportSheetName(yield* call('readToolSheet', ru.report.sheetName));
  const marks = markChanges(outcome.plan, outcome.issues, reportName);
  const need = cellsToBackUp(grid, marks, backup);
  const looks = need.length ? yield* call('readLooks', name, need) : [];
  const plan = planMarking(grid, marks, backup, looks);
  yield* call('apply', plan.changes);
  const counts = countBySeverity(outcome.issues);
  const summary = outcome.issues.length
    ? ru.check.found(outcome.plan.items.length, counts.error, counts.warning, counts.info)
    : ru.check.clean(outcome.plan.items.length);
  return reportOf(outcome.plan, outcome.issues, plan.lost ? `${summary} ${ru.marks.lost(plan.lost)}` : summary);
}

export function* clearMarksFlow(sheet?: string): Flow<string> {
  const name = sheet ?? (yield* call('activeSheet'));
  const rows = yield* call('readToolSheet', BACKUP_SHEET);
  const backup = backupFromRows(rows ?? []);
  if (!backup.some((e) => e.sheet === name)) return ru.marks.nothing;
  const grid = yield* call('readGrid', name);
  const plan = planRestore(grid, backup, reportSheetName(yield* call('readToolSheet', ru.report.sheetName)));
  yield* call('apply', plan.changes);
  return plan.message;
}

/** The backup sheet with row keys moved along for rows the tool is about to rewrite. */
function* rekeyed(grid: Grid, edits: readonly { row: number; col: number; value: CellValue }[]): Flow<Change[]> {
  const backup = backupFromRows((yield* call('readToolSheet', BACKUP_SHEET)) ?? []);
  const change = rekeyBackup(
    grid,
    gridAfter(grid, edits),
    backup,
    edits.map((e) => e.row),
  );
  return change ? [change] : [];
}

export interface FixResult {
  readonly ok: boolean;
  readonly message: string;
  /** The undo of what was just done, for the «Отменить» button; null when nothing was done. */
  readonly undo: UndoRecord | null;
  readonly report: CheckReport | null;
}

/** Apply the fix of one issue, as the sheet is now; then check again so marks follow. */
export function* fixFlow(sheet: string, id: string): Flow<FixResult> {
  const grid = yield* call('readGrid', sheet);
  const outcome = checkGrid(grid);
  const target = outcome.ok ? outcome.issues.find((i) => issueId(i) === id && i.fix) : undefined;
  if (!target?.fix) return { ok: false, message: ru.fixes.gone, undo: null, report: null };
  const planned = planFix(grid, target.fix);
  if (!planned.ok) return { ok: false, message: planned.message, undo: null, report: null };
  yield* call('apply', [...planned.changes, ...(yield* rekeyed(grid, target.fix.edits))]);
  const report = yield* checkFlow(sheet);
  return { ok: true, message: ru.fixes.applied(target.fix.label), undo: planned.undo, report };
}

export function* undoFlow(undo: UndoRecord): Flow<FixResult> {
  const grid = yield* call('readGrid', undo.sheet);
  const planned = planUndo(grid, undo);
  if (!planned.ok) return { ok: false, message: planned.message, undo, report: null };
  yield* call('apply', [...planned.changes, ...(yield* rekeyed(grid, undo.before))]);
  const report = yield* checkFlow(undo.sheet);
  return { ok: true, message: ru.fixes.undone(undo.label), undo: null, report };
}
