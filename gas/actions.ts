/**
 * What each menu item and sidebar call does: run core's flow on the Sheets host and tell the
 * user the outcome in Russian (toast, alert or the sidebar), never a stack trace.
 */
import { runSync } from '../core/commands/flow';
import { checkFlow, clearMarksFlow, fixFlow, undoFlow, type FixResult } from '../core/commands/check-flows';
import { problemReport, type CheckReport } from '../core/commands/report';
import { ru } from '../core/messages/ru';
import { UserFacingError } from './failure';
import { MENU_ITEMS, MENU_TITLE, SIDEBAR_FILE, SUB_MENUS, TAIL_ITEMS } from './menu';
import { rememberPlan } from './plan-memory';
import type { CheckServer } from './server-functions';
import { parseUndoRecord } from './undo-record';
import { activePlan, fromMenu, fromPanel, SUMMARY_SECONDS, UNTIL_REPLACED } from './ui-run';

/** onOpen may run in AuthMode.NONE: it touches nothing but the menu. */
export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  for (const sub of SUB_MENUS) {
    const submenu = ui.createMenu(sub.caption);
    for (const item of sub.items) submenu.addItem(item.caption, item.handler);
    menu.addSubMenu(submenu);
  }
  for (const item of TAIL_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}

export function openPanel(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(ru.gas.title));
}

export function checkFromMenu(): void {
  fromMenu((ss, host) => {
    const { sheet, refusal } = activePlan(host);
    if (refusal) throw new UserFacingError(refusal);
    ss.toast(ru.gas.checking, ru.gas.title, UNTIL_REPLACED);
    const report = runSync(host, checkFlow(sheet));
    if (!report.ok) throw new UserFacingError(report.message);
    rememberPlan(sheet);
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

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const index = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1);

/** The `google.script.run` targets; arguments come from the browser, so they are checked. */
export const panelActions: CheckServer = {
  panelCheck: (): CheckReport =>
    fromPanel((host) => {
      const { sheet, refusal } = activePlan(host);
      if (refusal) return problemReport(sheet, refusal);
      const report = runSync(host, checkFlow(sheet));
      if (report.ok) rememberPlan(sheet);
      return report;
    }),
  panelClearMarks: (): string =>
    fromPanel((host) => {
      const { sheet, refusal } = activePlan(host);
      return refusal ?? runSync(host, clearMarksFlow(sheet));
    }),
  panelApplyFix: (sheet: string, id: string): FixResult =>
    fromPanel((host) => runSync(host, fixFlow(text(sheet), text(id)))),
  panelUndo: (recordJson: string): FixResult =>
    fromPanel((host) => {
      const record = parseUndoRecord(text(recordJson));
      if (!record) throw new UserFacingError(ru.gas.badUndo);
      return runSync(host, undoFlow(record));
    }),
  panelSelect: (sheet: string, row: number, col: number): void =>
    fromPanel((host) => host.select(text(sheet), index(row), index(col))),
};
