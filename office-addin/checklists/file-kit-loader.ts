/**
 * Loads checklist-files.js (ExcelJS and JSZip, ~1.7 MB) the first time «Чек-листы» needs it,
 * from beside the pane's own page: the pane opens fast, and nothing comes from elsewhere.
 */
import { ru } from '../../core/messages/ru';
import type { FileKit } from './file-kit';

/** The bundle's file name: scripts/build-excel.mjs builds it under this name. */
export const KIT_SCRIPT = 'checklist-files.js';
export const KIT_GLOBAL = '__okoChecklistFiles';

declare global {
  interface Window {
    [KIT_GLOBAL]?: FileKit;
  }
}

let loading: Promise<FileKit> | null = null;

export function loadFileKit(): Promise<FileKit> {
  loading ??= new Promise<FileKit>((resolve, reject) => {
    const failed = (): void => {
      // A later click tries again (a dropped connection, a pane reloaded meanwhile).
      loading = null;
      reject(new Error(ru.excel.checklists.kitFailed));
    };
    const script = document.createElement('script');
    script.src = new URL(KIT_SCRIPT, document.baseURI).href;
    script.onload = () => {
      const kit = window[KIT_GLOBAL];
      if (kit) resolve(kit);
      else failed();
    };
    script.onerror = failed;
    document.head.append(script);
  });
  return loading;
}
