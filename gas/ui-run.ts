/**
 * How every command meets the user: menu commands end in a toast or one Russian alert, sidebar
 * calls in a result or an Error with a Russian message; never a stack trace.
 */
import { STASH_SHEET } from '../core/checklists/collect-stash';
import { ru } from '../core/messages/ru';
import { TOOL_SHEETS as CORE_TOOL_SHEETS } from '../core/summary/tool-sheets';
import { failureReason, failureText } from './failure';
import { SheetsHost } from './sheets-host';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Core's list of the tool's sheets and the hidden stash of a collect that Sheets runs in parts. */
export const TOOL_SHEETS: readonly string[] = [...CORE_TOOL_SHEETS, STASH_SHEET];
/** A toast that stays until the next one replaces it: a big plan takes a while. */
export const UNTIL_REPLACED = -1;
export const SUMMARY_SECONDS = 10;

/** The active sheet, or the reason it cannot be a plan: the tool's own sheets are never checked. */
export function activePlan(host: SheetsHost): { sheet: string; refusal: string | null } {
  const sheet = host.activeSheet();
  return { sheet, refusal: TOOL_SHEETS.includes(sheet) ? ru.gas.toolSheet(sheet) : null };
}

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ru.gas.title, message, ui.ButtonSet.OK);
}

/** The spreadsheet's local date: core has no clock, and the script's time zone may differ. */
export function spreadsheetToday(ss: Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

/** Menu commands: a refusal or failure replaces the progress toast and ends in one alert. */
export function fromMenu(action: (ss: Spreadsheet, host: SheetsHost) => void): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    action(ss, new SheetsHost(ss));
  } catch (error) {
    ss.toast(ru.gas.stopped, ru.gas.title, 3);
    alert(failureText(error));
  }
}

/** Sidebar calls: failures reach the panel as an Error with a Russian message. */
export function fromPanel<T>(action: (host: SheetsHost, ss: Spreadsheet) => T): T {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return action(new SheetsHost(ss), ss);
  } catch (error) {
    throw new Error(failureReason(error));
  }
}
