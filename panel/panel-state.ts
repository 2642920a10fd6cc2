/** What the panel remembers between renders, and what its two views get to act with. */
import type { CheckReport } from '../core/commands/report';
import type { StatusResult } from '../core/commands/status-flows';
import type { UndoRecord } from '../core/changes/fix-apply';
import type { PanelBridge } from './bridge';

export type Tab = 'issues' | 'deadlines';

export interface PanelState {
  tab: Tab;
  /** What the panel is doing right now (shown with a spinner), or null when idle. */
  busy: string | null;
  /** «Замечания»: the last message, check report and undoable fix. */
  message: string;
  report: CheckReport | null;
  undo: UndoRecord | null;
  /** «Сроки»: the last message, the statuses and the chosen executor ('' = everyone). */
  deadlinesMessage: string;
  statuses: StatusResult | null;
  who: string;
}

export interface PanelContext {
  readonly bridge: PanelBridge;
  readonly state: PanelState;
  /** Runs one bridge call: nothing else starts meanwhile, the failure becomes the tab's message. */
  run<T>(busy: string, action: () => Promise<T>, done: (value: T) => void): void;
  render(): void;
}
