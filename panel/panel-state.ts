/** What the panel remembers between renders, and what its views get to act with. */
import type { CheckReport } from '../core/commands/report';
import type { StatusResult } from '../core/commands/status-flows';
import type { UndoRecord } from '../core/changes/fix-apply';
import type { CollectReport } from '../core/checklists/collect';
import type { VprOutcome } from '../core/vpr/vpr-outcome';
import type { PanelBridge, PickedFile } from './bridge';

export type Tab = 'issues' | 'deadlines' | 'checklists' | 'summary' | 'vpr';

/** A file offered for download: an object URL the panel revokes when it is replaced. */
export interface DownloadLink {
  readonly name: string;
  readonly title: string;
  readonly url: string;
}

export interface ChecklistsState {
  message: string;
  /** The files picked for «Собрать»: kept here, since every render rebuilds the file input. */
  chosen: readonly PickedFile[];
  /** What the last «Разослать» made. */
  made: {
    readonly zip: DownloadLink;
    readonly files: readonly DownloadLink[];
    readonly warnings: readonly string[];
  } | null;
  /** What the last «Собрать» found. */
  report: CollectReport | null;
  /** How far the step under way is, or null. */
  progress: { readonly done: number; readonly total: number } | null;
}

export interface SummaryState {
  message: string;
  /** The short text of the last справка built here. */
  sentences: readonly string[];
  /** The summary sheet written, or null. */
  sheet: string | null;
  /** The last .docx made, offered again as a link. */
  docx: DownloadLink | null;
}

export interface VprState {
  message: string;
  /** The results files picked: kept here, since every render rebuilds the file input. */
  chosen: readonly PickedFile[];
  outcome: VprOutcome | null;
  progress: { readonly done: number; readonly total: number } | null;
}

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
  /** «Чек-листы»: only where the bridge offers them. */
  checklists: ChecklistsState;
  /** «Справка»: only where the bridge offers it. */
  summary: SummaryState;
  /** «ВПР»: only where the bridge offers it. */
  vpr: VprState;
}

export interface PanelContext {
  readonly bridge: PanelBridge;
  readonly state: PanelState;
  /** Runs one bridge call: nothing else starts meanwhile, the failure becomes the tab's message. */
  run<T>(busy: string, action: () => Promise<T>, done: (value: T) => void): void;
  render(): void;
}
