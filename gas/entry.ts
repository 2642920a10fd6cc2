/**
 * The Apps Script entry: one-line global functions. The build turns every export of this file
 * into a top-level `function` of Code.js, which is how Apps Script finds them by name.
 */
import type { CheckReport } from '../core/commands/report';
import type { FixResult } from '../core/commands/check-flows';
import { buildMenu, checkFromMenu, clearFromMenu, openPanel, panelActions } from './actions';
import type { MenuHandler } from './menu';
import type { PanelServer } from './server-functions';

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

// Compile-time checks: every menu item and every sidebar call has its global function here.
void ({ menuCheckPlan, menuClearMarks, menuOpenPanel } satisfies Record<MenuHandler, () => void>);
void ({ panelCheck, panelClearMarks, panelApplyFix, panelUndo, panelSelect } satisfies PanelServer);
