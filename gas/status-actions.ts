/**
 * «Статусы → Включить отслеживание / Обновить» from the menu and the panel, and the panel's
 * read-only status list. Today is the spreadsheet's local date.
 */
import { runSync } from '../core/commands/flow';
import { statusFlow, trackingFlow, type StatusResult } from '../core/commands/status-flows';
import { ru } from '../core/messages/ru';
import { postponedWithoutDate } from '../core/status/postponed';
import { UserFacingError } from './failure';
import { rememberPlan } from './plan-memory';
import type { StatusServer } from './server-functions';
import type { SheetsHost } from './sheets-host';
import { activePlan, alert, fromMenu, fromPanel, spreadsheetToday, SUMMARY_SECONDS, UNTIL_REPLACED } from './ui-run';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** «Перенесено» without a new date: the sentence asking for one, or null. */
function postponedNote(result: StatusResult): string | null {
  const rows = result.report ? postponedWithoutDate(result.report) : [];
  return rows.length ? ru.gas.status.postponed(rows) : null;
}

/** Run on the active sheet unless it is one of the tool's own. */
function onPlan(host: SheetsHost, run: (sheet: string) => StatusResult): StatusResult {
  const { sheet, refusal } = activePlan(host);
  return refusal ? { ok: false, sheet, message: refusal, report: null } : remembered(run(sheet));
}

/** A plan the statuses ran on is the one «Сводная справка» falls back to. */
function remembered(result: StatusResult): StatusResult {
  if (result.ok) rememberPlan(result.sheet);
  return result;
}

const track =
  (ss: Spreadsheet, host: SheetsHost, enable: boolean) =>
  (sheet: string): StatusResult =>
    remembered(runSync(host, trackingFlow(spreadsheetToday(ss), enable, sheet)));

function trackFromMenu(enable: boolean): void {
  fromMenu((ss, host) => {
    const { sheet, refusal } = activePlan(host);
    if (refusal) throw new UserFacingError(refusal);
    ss.toast(enable ? ru.gas.status.enabling : ru.gas.status.refreshing, ru.gas.title, UNTIL_REPLACED);
    const result = track(ss, host, enable)(sheet);
    if (!result.ok) throw new UserFacingError(result.message);
    ss.toast(result.message, ru.gas.title, SUMMARY_SECONDS);
    const note = postponedNote(result);
    if (note) alert(note);
  });
}

export const enableTrackingFromMenu = (): void => trackFromMenu(true);
export const refreshTrackingFromMenu = (): void => trackFromMenu(false);

/** The panel shows one message: the postponed request goes after the summary. */
function withNote(result: StatusResult): StatusResult {
  const note = postponedNote(result);
  return note ? { ...result, message: `${result.message} ${note}` } : result;
}

export const statusActions: StatusServer = {
  panelStatuses: (): StatusResult =>
    fromPanel((host, ss) => onPlan(host, (sheet) => runSync(host, statusFlow(spreadsheetToday(ss), sheet)))),
  panelEnableTracking: (): StatusResult => fromPanel((host, ss) => withNote(onPlan(host, track(ss, host, true)))),
  panelRefreshTracking: (): StatusResult => fromPanel((host, ss) => withNote(onPlan(host, track(ss, host, false)))),
};
