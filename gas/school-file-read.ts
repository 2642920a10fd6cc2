/**
 * A school's file on Google Drive → core's ReceivedFile: its «Чек-лист» and «_oko» sheets, one
 * getValues each, and Drive's «last modified». A file that cannot be reached (bad link, in the bin,
 * deleted, no access) becomes an UnreadableFile with a Russian reason: it goes to quarantine.
 */
import type { School } from '../core/checklists/registry';
import { META_SHEET, type ReceivedFile } from '../core/checklists/school-file';
import { fileIdOf } from '../core/checklists/send-plan';
import { ru } from '../core/messages/ru';
import type { DriveMeta, DrivePort } from './drive-port';
import { failureReason } from './failure';
import { isoInZone } from './run-clock';
import { readToolValues } from './sheets-read';

const SHEETS = [ru.checklists.sheets.schoolChecklist, META_SHEET];

/**
 * `timeZone`: the book's, so «Дата сдачи» is the official's calendar day. A readable file is named
 * by its Drive title; one that cannot be read by the school's code, which attributes it to the school.
 */
export function readSchoolFile(
  drive: DrivePort,
  school: Pick<School, 'code' | 'link'>,
  timeZone: string,
): ReceivedFile {
  const m = ru.gas.checklists;
  const unreadable = (reason: string, modified = ''): ReceivedFile => ({
    name: school.code,
    modified,
    unreadable: reason,
  });
  const id = fileIdOf(school.link);
  if (id === null) return unreadable(m.badLink);
  let meta: DriveMeta;
  try {
    meta = drive.meta(id);
  } catch (error) {
    return unreadable(m.notOpened(failureReason(error)));
  }
  const modified = isoInZone(meta.modified, timeZone);
  if (meta.trashed) return unreadable(m.trashed, modified);
  try {
    const ss = SpreadsheetApp.openById(id);
    const fileZone = ss.getSpreadsheetTimeZone();
    const sheets = SHEETS.flatMap((name) => {
      const sheet = ss.getSheetByName(name);
      return sheet ? [{ sheet: sheet.getName(), values: readToolValues(sheet, fileZone), merges: [] }] : [];
    });
    return { name: meta.name || school.code, modified, sheets };
  } catch (error) {
    return unreadable(m.notOpened(failureReason(error)), modified);
  }
}
