/** «Статусы → Включить отслеживание / Обновить», and the read-only status list for «Мои сроки». */
import type { IsoDate } from '../grid/grid';
import { checkGrid } from '../check/check';
import { ru } from '../messages/ru';
import { statusReport, type StatusReport } from '../status/status-report';
import { DUE_SOON_DAYS } from '../status/control';
import { planTracking } from '../status/tracking-plan';
import { call, type Flow } from './flow';
import { readVprDigest } from '../vpr/vpr-digest';
import { vprPlanNotes } from '../vpr/plan-link';

/** Plain JSON for panels and the CLI: labels in Russian, dates as `YYYY-MM-DD`. */
export interface StatusResult {
  readonly ok: boolean;
  readonly sheet: string;
  readonly message: string;
  readonly report: StatusReport | null;
}

const fail = (sheet: string, message: string): StatusResult => ({ ok: false, sheet, message, report: null });

/** Add the tracking columns if missing (`enable`), fill what is empty, recompute «Контроль». */
export function* trackingFlow(today: IsoDate, enable: boolean, sheet?: string, window?: number): Flow<StatusResult> {
  const name = sheet ?? (yield* call('activeSheet'));
  const grid = yield* call('readGrid', name);
  const outcome = checkGrid(grid);
  if (!outcome.ok) return fail(name, outcome.problem.message);
  const planned = planTracking(outcome.plan, grid, today, window === undefined ? { enable } : { enable, window });
  if (!planned.ok) return fail(name, planned.message);
  const digest = yield* readVprDigest();
  const notes = digest ? vprPlanNotes(outcome.plan, digest) : [];
  yield* call('apply', [...planned.changes, ...notes]);
  const t = planned.report.totals.control;
  const added = planned.added.map((r) => ru.status.columns[r]);
  const summary = ru.status.summary(planned.report.rows.length, t.overdue, t['due-soon'], window ?? DUE_SOON_DAYS);
  const linked = notes.length ? ` ${ru.vpr.planNote.added(notes.length)}` : '';
  return {
    ok: true,
    sheet: name,
    message: (added.length ? `${ru.status.added(added)} ${summary}` : summary) + linked,
    report: planned.report,
  };
}

/** Statuses as they stand, without writing anything («Мои сроки», reminders). */
export function* statusFlow(today: IsoDate, sheet?: string, window?: number): Flow<StatusResult> {
  const name = sheet ?? (yield* call('activeSheet'));
  const grid = yield* call('readGrid', name);
  const outcome = checkGrid(grid);
  if (!outcome.ok) return fail(name, outcome.problem.message);
  const report = statusReport(outcome.plan, grid, today, window);
  const t = report.totals.control;
  return {
    ok: true,
    sheet: name,
    message: ru.status.summary(report.rows.length, t.overdue, t['due-soon'], window ?? DUE_SOON_DAYS),
    report,
  };
}
