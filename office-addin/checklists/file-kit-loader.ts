/**
 * Loads checklist-files.js (ExcelJS and JSZip, ~1.7 MB) the first time «Чек-листы» needs it,
 * from beside the pane's own page: the pane opens fast, and nothing comes from elsewhere.
 */
import { ru } from '../../core/messages/ru';
import { lazyScript } from '../lazy-script';
import type { FileKit } from './file-kit';

/** The bundle's file name: scripts/build-excel.mjs builds it under this name. */
export const KIT_SCRIPT = 'checklist-files.js';
export const KIT_GLOBAL = '__okoChecklistFiles';

declare global {
  interface Window {
    [KIT_GLOBAL]?: FileKit;
  }
}

export const loadFileKit: () => Promise<FileKit> = lazyScript(
  KIT_SCRIPT,
  () => window[KIT_GLOBAL],
  ru.excel.checklists.kitFailed,
  ru.excel.legacy.checklists,
);

/** The same kit for «Импорт из Word» (JSZip reads the .docx), with that feature's messages. */
export const loadDocxKit: () => Promise<FileKit> = lazyScript(
  KIT_SCRIPT,
  () => window[KIT_GLOBAL],
  ru.docxImport.kitFailed,
  ru.docxImport.legacy,
);
