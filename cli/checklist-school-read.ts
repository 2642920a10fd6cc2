/**
 * A returned school file on disk → core's ReceivedFile (see checklist-school-bytes.ts): its mtime
 * is the fallback «modified», and a file that cannot even be read goes to quarantine too.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReceivedFile } from '../core/checklists/school-file';
import { localIso } from '../xlsx/local-time';
import { readSchoolBytes } from '../xlsx/school-bytes';
import { CliFailure } from './failure';
import { reasonOf } from '../xlsx/reason';
import { readBytes } from './xlsx-open';
import { ru } from '../core/messages/ru';

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
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch (err) {
    // The reason goes into the book: name the file as the school sent it, not by this machine's path.
    const reason =
      err instanceof CliFailure ? err.message.split(file).join(name) : ru.checklists.reasons.unreadable(reasonOf(err));
    return { name, modified: mtime ? localIso(mtime) : '', unreadable: reason };
  }
  return readSchoolBytes(name, bytes, mtime);
}
