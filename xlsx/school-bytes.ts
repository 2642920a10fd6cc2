/**
 * The bytes of a returned school file → core's ReceivedFile. Node-free: the CLI reads a folder
 * with it, the Excel task pane the files a person picked. A file that cannot be opened becomes an
 * UnreadableFile carrying the Russian reason, never an exception: it goes to quarantine.
 * «Modified» is the workbook's own property (set by Excel, LibreOffice, R7 when the school saves),
 * else the file's time: mail clients and downloads reset file times, the property travels inside.
 */
import type { ReceivedFile } from '../core/checklists/school-file';
import { localIso } from './local-time';
import { loadXlsx } from './bytes';
import { SCHOOL_FILE_LIMITS } from '../core/zip/zip-directory';
import { workbookToGrids } from './read';

export { isOfficeLockFile } from '../core/checklists/skipped-entry';

const isValidDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/** `name` as the school sent it; `fileTime` the file system's (or the browser's) time, if known. */
export async function readSchoolBytes(name: string, bytes: Uint8Array, fileTime: Date | null): Promise<ReceivedFile> {
  // Not `instanceof`: a file system's Date may come from another realm (a test's vm context).
  const fallback = fileTime !== null && !Number.isNaN(fileTime.getTime()) ? localIso(fileTime) : '';
  const loaded = await loadXlsx(bytes, name, SCHOOL_FILE_LIMITS);
  if (!loaded.ok) return { name, modified: fallback, unreadable: loaded.reason };
  const wb = loaded.workbook;
  return { name, modified: isValidDate(wb.modified) ? localIso(wb.modified) : fallback, sheets: workbookToGrids(wb) };
}
