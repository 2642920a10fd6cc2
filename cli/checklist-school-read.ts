/**
 * A returned school file → core's ReceivedFile. A file that cannot be opened becomes an
 * UnreadableFile carrying the Russian reason, never an exception: it goes to quarantine.
 * «Modified» is the workbook's own property (set by Excel, LibreOffice, R7 when the school saves),
 * else the file's mtime: mail clients reset mtimes, the property travels inside the file.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReceivedFile } from '../core/checklists/school-file';
import { ru } from '../core/messages/ru';
import { localIso } from './checklist-run-context';
import { CliFailure, reasonOf } from './failure';
import { openWorkbook } from './xlsx-open';
import { workbookToGrids } from './xlsx-read';

const isValidDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

async function mtimeOf(file: string): Promise<Date | null> {
  try {
    return (await stat(file)).mtime;
  } catch {
    return null;
  }
}

export async function readSchoolFile(file: string): Promise<ReceivedFile> {
  const name = basename(file);
  const mtime = await mtimeOf(file);
  const fallback = mtime ? localIso(mtime) : '';
  try {
    const wb = await openWorkbook(file);
    const modified = isValidDate(wb.modified) ? localIso(wb.modified) : fallback;
    return { name, modified, sheets: workbookToGrids(wb) };
  } catch (err) {
    // The reason goes into the book: name the file as the school sent it, not by this machine's path.
    const reason = err instanceof CliFailure ? err.message.split(file).join(name) : ru.checklists.reasons.unreadable(reasonOf(err));
    return { name, modified: fallback, unreadable: reason };
  }
}
