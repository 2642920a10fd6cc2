/**
 * What the sidebar may call through `google.script.run`: names and plain-JSON signatures.
 * The entry implements it, the sidebar bridge is typed by it, so the two cannot drift.
 */
import type { CheckReport } from '../core/commands/report';
import type { FixResult } from '../core/commands/check-flows';

export interface PanelServer {
  panelCheck(): CheckReport;
  panelClearMarks(): string;
  panelApplyFix(sheet: string, id: string): FixResult;
  /** The undo record travels as a JSON string: the server parses and checks it, trusting nothing. */
  panelUndo(recordJson: string): FixResult;
  panelSelect(sheet: string, row: number, col: number): void;
}
