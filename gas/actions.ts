/**
 * What each menu item and sidebar call does: run core's flow on the Sheets host and tell the
 * user the outcome in Russian (toast, alert or the sidebar), never a stack trace.
 */
import { runSync } from '../core/commands/flow';
import { checkFlow, clearMarksFlow, fixFlow, undoFlow, type FixResult } from '../core/commands/check-flows';
import { problemReport, type CheckReport } from '../core/commands/report';
import { BACKUP_SHEET } from '../core/marks/mark-backup';
import { ru } from '../core/messages/ru';
import { failureReason, failureText, UserFacingError } from './failure';
import { MENU_ITEMS, MENU_TITLE, SIDEBAR_FILE } from './menu';
import type { PanelServer } from './server-functions';
import { SheetsHost } from './sheets-host';
import { parseUndoRecord } from './undo-record';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TOOL_SHEETS: readonly string[] = [ru.report.sheetName, ru.report.altSheetName, BACKUP_SHEET];
/** A toast that stays until the next one replaces it: the check of a big plan takes a while. */
const UNTIL_REPLACED = -1;
const SUMMARY_SECONDS = 10;

/** onOpen may run in AuthMode.NONE: it touches nothing but the menu. */
export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}

export function openPanel(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(ru.gas.title));
}

/** The active sheet, or the reason it cannot be a plan: the tool's own sheets are never checked. */
function activePlan(host: SheetsHost): { sheet: string; refusal: string | null } {
  const sheet = host.activeSheet();
  return { sheet, refusal: TOOL_SHEETS.includes(sheet) ? ru.gas.toolSheet(sheet) : null };
}

function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ru.gas.title, message, ui.ButtonSet.OK);
}

/** Menu commands: a refusal or failure replaces the progress toast and ends in one alert. */
function fromMenu(action: (ss: Spreadsheet, host: SheetsHost) => void): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    action(ss, new SheetsHost(ss));
  } catch (error) {
    ss.toast(ru.gas.stopped, ru.gas.title, 3);
    alert(failureText(error));
  }
}

export function checkFromMenu(): void {
  fromMenu((ss, host) => {
    const { sheet, refusal } = activePlan(host);
    if (refusal) throw new UserFacingError(refusal);
    ss.toast(ru.gas.checking, ru.gas.title, UNTIL_REPLACED);
    const report = runSync(host, checkFlow(sheet));
    if (!report.ok) throw new UserFacingError(report.message);
    ss.toast(report.message, ru.gas.title, SUMMARY_SECONDS);
  });
}

export function clearFromMenu(): void {
  fromMenu((ss, host) => {
    const { sheet, refusal } = activePlan(host);
    if (refusal) throw new UserFacingError(refusal);
    ss.toast(ru.gas.clearing, ru.gas.title, UNTIL_REPLACED);
    ss.toast(runSync(host, clearMarksFlow(sheet)), ru.gas.title, SUMMARY_SECONDS);
  });
}

/** Sidebar calls: failures reach the panel as an Error with a Russian message. */
function fromPanel<T>(action: (host: SheetsHost) => T): T {
  try {
    return action(new SheetsHost(SpreadsheetApp.getActiveSpreadsheet()));
  } catch (error) {
    throw new Error(failureReason(error));
  }
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const index = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1);

/** The `google.script.run` targets; arguments come from the browser, so they are checked. */
export const panelActions: PanelServer = {
  panelCheck: (): CheckReport =>
    fromPanel((host) => {
      const { sheet, refusal } = activePlan(host);
      return refusal ? problemReport(sheet, refusal) : runSync(host, checkFlow(sheet));
    }),
  panelClearMarks: (): string =>
    fromPanel((host) => {
      const { sheet, refusal } = activePlan(host);
      return refusal ?? runSync(host, clearMarksFlow(sheet));
    }),
  panelApplyFix: (sheet: string, id: string): FixResult => fromPanel((host) => runSync(host, fixFlow(text(sheet), text(id)))),
  panelUndo: (recordJson: string): FixResult =>
    fromPanel((host) => {
      const record = parseUndoRecord(text(recordJson));
      if (!record) throw new UserFacingError(ru.gas.badUndo);
      return runSync(host, undoFlow(record));
    }),
  panelSelect: (sheet: string, row: number, col: number): void => fromPanel((host) => host.select(text(sheet), index(row), index(col))),
};
