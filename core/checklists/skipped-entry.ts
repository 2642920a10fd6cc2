/**
 * Which returned files are not read as a school's answer, by name, and why: the CLI's folder and
 * the Excel task pane's picked files decide alike, and each such file is listed, never dropped.
 */
import { ru } from '../messages/ru';
import type { UnreadableFile } from './school-file';

/** Excel's lock file beside an open book (`~$101.xlsx`): never a school's answer. */
export function isOfficeLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/** Why a file called `name` is not read as a school file, in Russian; null when it is read. */
export function skippedNameReason(name: string): string | null {
  if (isOfficeLockFile(name)) return ru.checklists.skipped.lockFile;
  if (!/\.xlsx$/i.test(name)) return ru.checklists.skipped.notXlsx;
  return null;
}

/** A file not read, as quarantine lists it; `modified` as the file system or browser says. */
export function skippedFile(name: string, modified: string, reason: string): UnreadableFile {
  return { name, modified, unreadable: reason };
}
