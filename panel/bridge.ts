/** What the panel needs from its host: `google.script.run` on Sheets, Office.js in Excel. */
import type { CheckReport } from '../core/commands/report';
import type { FixResult } from '../core/commands/check-flows';
import type { StatusResult } from '../core/commands/status-flows';
import type { UndoRecord } from '../core/changes/fix-apply';

export interface PanelBridge {
  check(): Promise<CheckReport>;
  clearMarks(): Promise<string>;
  applyFix(sheet: string, id: string): Promise<FixResult>;
  undo(record: UndoRecord): Promise<FixResult>;
  select(sheet: string, row: number, col: number): Promise<void>;
  /** «Мои сроки»: statuses as they stand today (the host's local date), nothing written. */
  statuses(): Promise<StatusResult>;
  /** «Статусы → Включить отслеживание»: add the tracking columns once, fill, recompute. */
  enableTracking(): Promise<StatusResult>;
  /** «Статусы → Обновить»: recompute «Контроль», keep what the official typed. */
  refreshTracking(): Promise<StatusResult>;
}
