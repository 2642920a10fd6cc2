/** What the panel needs from its host: `google.script.run` on Sheets, Office.js in Excel. */
import type { CheckReport } from '../core/commands/report';
import type { FixResult } from '../core/commands/check-flows';
import type { StatusResult } from '../core/commands/status-flows';
import type { UndoRecord } from '../core/changes/fix-apply';
import type { CollectOutcome, PrepareResult } from '../core/checklists/checklist-flows';
import type { VprOutcome } from '../core/vpr/vpr-outcome';
import type { DocxImportOutcome } from '../core/docx/docx-import-flow';

/** A file the person picked (a DOM `File` is one): read only through `arrayBuffer()`. */
export interface PickedFile {
  readonly name: string;
  /** Milliseconds since 1970, as the browser gives `File.lastModified`. */
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** How far a long step is: `done` of `total` files. */
export type Progress = (done: number, total: number) => void;

/** A file made for download: its name and its bytes. */
export interface MadeFile {
  readonly name: string;
  /** Who it is for, e.g. «Чек-лист ОКО: МБОУ «СОШ № 101»». */
  readonly title: string;
  readonly bytes: Uint8Array;
}

export type MadeFiles =
  | {
      readonly ok: true;
      readonly message: string;
      /** Skipped rows of «Школы» and file-name clashes, in Russian. */
      readonly warnings: readonly string[];
      /** Every school file in one archive. */
      readonly zip: MadeFile;
      readonly files: readonly MadeFile[];
    }
  | { readonly ok: false; readonly message: string };

/** «Чек-листы школ» in the panel: a host offers it only where files can be made and read here. */
export interface ChecklistsBridge {
  /** «Подготовить книгу»: add «Школы» and «Чек-лист» where missing. */
  prepare(): Promise<PrepareResult>;
  /** «Разослать»: one protected .xlsx per school, and all of them zipped. */
  makeFiles(progress: Progress): Promise<MadeFiles>;
  /** «Собрать»: read the returned files, validate and merge them into the book. */
  collect(files: readonly PickedFile[], progress: Progress): Promise<CollectOutcome>;
}

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
  /** Optional: without it the «Чек-листы» tab is not shown (the Sheets sidebar uses its menu). */
  checklists?: ChecklistsBridge;
  /** Optional: without it the «Справка» tab is not shown. */
  summary?: SummaryBridge;
  /** Optional: without it the «ВПР» tab is not shown (Google Sheets has its own dialog). */
  vpr?: VprBridge;
  /** Optional: without it «Импорт из Word» is not shown (Google Sheets has its menu item and dialog). */
  docxImport?: DocxImportBridge;
}

/** «Импорт из Word»: the picked .docx becomes a new sheet of the book, which is then checked. */
export interface DocxImportBridge {
  importDocx(file: PickedFile): Promise<DocxImportOutcome>;
}

/** «ВПР» in the panel: the picked results files analysed into the book. */
export interface VprBridge {
  /** `progress(text, done, total)` after every file read. */
  analyse(
    files: readonly PickedFile[],
    progress: (text: string, done: number, total: number) => void,
  ): Promise<VprOutcome>;
}

/** What «Составить справку» tells the panel. */
export interface SummaryOutcome {
  readonly ok: boolean;
  readonly message: string;
  /** The short text of the справка, sentence by sentence (empty on failure). */
  readonly sentences: readonly string[];
  /** The summary sheet written, or null. */
  readonly sheet: string | null;
}

/** «Справка» in the panel: a host offers it where the .docx can be made right there. */
export interface SummaryBridge {
  /** Rebuilds the «Сводная справка» sheet of the plan. */
  build(): Promise<SummaryOutcome>;
  /** The справка of the last build as a Word file. */
  docx(): Promise<MadeFile>;
}
