/**
 * What the sidebar may call through `google.script.run`: names and plain-JSON signatures.
 * The entry implements it, the sidebar bridge is typed by it, so the two cannot drift.
 */
import type { CheckReport } from '../core/commands/report';
import type { FixResult } from '../core/commands/check-flows';
import type { StatusResult } from '../core/commands/status-flows';

export interface CheckServer {
  panelCheck(): CheckReport;
  panelClearMarks(): string;
  panelApplyFix(sheet: string, id: string): FixResult;
  /** The undo record travels as a JSON string: the server parses and checks it, trusting nothing. */
  panelUndo(recordJson: string): FixResult;
  panelSelect(sheet: string, row: number, col: number): void;
}

/** «Статусы» from the panel; «today» is the spreadsheet's date, decided on the server. */
export interface StatusServer {
  panelStatuses(): StatusResult;
  panelEnableTracking(): StatusResult;
  panelRefreshTracking(): StatusResult;
}

export type PanelServer = CheckServer & StatusServer;
