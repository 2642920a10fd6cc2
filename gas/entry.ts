/**
 * The Apps Script entry: one-line global functions. The build turns every export of this file
 * into a top-level `function` of Code.js, which is how Apps Script finds them by name.
 */
import type { CheckReport } from '../core/commands/report';
import type { FixResult } from '../core/commands/check-flows';
import type { StatusResult } from '../core/commands/status-flows';
import { buildMenu, checkFromMenu, clearFromMenu, openPanel, panelActions } from './actions';
import {
  collectChecklistsFromMenu,
  continueSendingFromMenu,
  prepareChecklistsFromMenu,
  sendChecklistsFromMenu,
} from './checklist-actions';
import type { MenuHandler, REMINDERS_HANDLER } from './menu';
import { remindersOffFromMenu, remindersOnFromMenu, sendReminders } from './reminders';
import { docxDialogFromMenu, docxImport as importFromDocx } from './docx-import-actions';
import type { DocxImportServer } from './docx-import-server';
import type { DocxImportOutcome } from '../core/docx/docx-import-flow';
import type { PanelServer } from './server-functions';
import { enableTrackingFromMenu, refreshTrackingFromMenu, statusActions } from './status-actions';
import { summaryFromMenu } from './summary-actions';
import * as vprActions from './vpr-actions';
import { vprDialogFromMenu } from './vpr-actions';
import type { VprParamsReply, VprServer, VprWriteReply } from './vpr-server';

export function onOpen(): void {
  buildMenu();
}

export function onInstall(): void {
  onOpen();
}

export function menuCheckPlan(): void {
  checkFromMenu();
}

export function menuClearMarks(): void {
  clearFromMenu();
}

export function menuOpenPanel(): void {
  openPanel();
}

export function menuImportDocx(): void {
  docxDialogFromMenu();
}

export function menuEnableTracking(): void {
  enableTrackingFromMenu();
}

export function menuRefreshTracking(): void {
  refreshTrackingFromMenu();
}

export function menuRemindersOn(): void {
  remindersOnFromMenu();
}

export function menuRemindersOff(): void {
  remindersOffFromMenu();
}

export function menuChecklistsPrepare(): void {
  prepareChecklistsFromMenu();
}

export function menuChecklistsSend(): void {
  sendChecklistsFromMenu();
}

export function menuChecklistsContinue(): void {
  continueSendingFromMenu();
}

export function menuChecklistsCollect(): void {
  collectChecklistsFromMenu();
}

/** Async: the .docx is packed by promises, which Apps Script V8 runs before the call ends. */
export function menuSummary(): Promise<void> {
  return summaryFromMenu();
}

export function menuVpr(): void {
  vprDialogFromMenu();
}

/** The daily time-driven trigger's handler. */
export function remindersDaily(): void {
  sendReminders();
}

export function panelCheck(): CheckReport {
  return panelActions.panelCheck();
}

export function panelClearMarks(): string {
  return panelActions.panelClearMarks();
}

export function panelApplyFix(sheet: string, id: string): FixResult {
  return panelActions.panelApplyFix(sheet, id);
}

export function panelUndo(recordJson: string): FixResult {
  return panelActions.panelUndo(recordJson);
}

export function panelSelect(sheet: string, row: number, col: number): void {
  panelActions.panelSelect(sheet, row, col);
}

export function panelStatuses(): StatusResult {
  return statusActions.panelStatuses();
}

export function panelEnableTracking(): StatusResult {
  return statusActions.panelEnableTracking();
}

export function panelRefreshTracking(): StatusResult {
  return statusActions.panelRefreshTracking();
}

export function vprParams(): VprParamsReply {
  return vprActions.vprParams();
}

export function vprWrite(analysisJson: string): VprWriteReply {
  return vprActions.vprWrite(analysisJson);
}

/** «Импорт из Word…»: the dialog's file as base64 and its name. */
export function docxImport(base64: string, fileName: string): DocxImportOutcome {
  return importFromDocx(base64, fileName);
}

// Compile-time checks: every menu item, the trigger and every sidebar call has its global function here.
void ({
  menuCheckPlan,
  menuClearMarks,
  menuOpenPanel,
  menuImportDocx,
  menuEnableTracking,
  menuRefreshTracking,
  menuRemindersOn,
  menuRemindersOff,
  menuChecklistsPrepare,
  menuChecklistsSend,
  menuChecklistsContinue,
  menuChecklistsCollect,
  menuSummary,
  menuVpr,
} satisfies Record<MenuHandler, () => void>);
void ({ vprParams, vprWrite } satisfies VprServer);
void ({ docxImport } satisfies DocxImportServer);
void ({ remindersDaily } satisfies Record<typeof REMINDERS_HANDLER, () => void>);
void ({
  panelCheck,
  panelClearMarks,
  panelApplyFix,
  panelUndo,
  panelSelect,
  panelStatuses,
  panelEnableTracking,
  panelRefreshTracking,
} satisfies PanelServer);
