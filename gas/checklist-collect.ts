/**
 * «Чек-листы школ → Собрать» on Google Sheets: reads every school file linked in «Школы» (a fixed
 * number of calls per file), then core merges them into the book once. Many schools take several
 * runs: what was read so far waits on the hidden sheet «_oko_collect», a cursor in the document's
 * properties says where to go on, and choosing «Собрать» again continues.
 */
import { collectChecklistsFlow, loadChecklistBookFlow } from '../core/checklists/checklist-flows';
import {
  collectCursorJson,
  collectKey,
  parseCollectCursor,
  readStash,
  stashRows,
  STASH_SHEET,
} from '../core/checklists/collect-stash';
import type { ReceivedFile } from '../core/checklists/school-file';
import { runSync } from '../core/commands/flow';
import { ru } from '../core/messages/ru';
import type { RunOutcome } from './checklist-send';
import { drivePort } from './drive-port';
import { UserFacingError } from './failure';
import { runContext, TimeBudget } from './run-clock';
import { readSchoolFile } from './school-file-read';
import type { SheetsHost } from './sheets-host';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const COLLECT_CURSOR_KEY = 'oko.checklists.collect';

export function collectFromSchools(ss: Spreadsheet, host: SheetsHost): RunOutcome {
  const m = ru.gas.checklists;
  const book = runSync(host, loadChecklistBookFlow());
  if (!book.ok) throw new UserFacingError(book.message);
  const linked = book.registry.schools.filter((s) => s.link !== '');
  if (linked.length === 0) throw new UserFacingError(m.noLinks);
  const props = PropertiesService.getDocumentProperties();
  const key = collectKey(linked);
  const version = book.template.version;
  const cursor = parseCollectCursor(props.getProperty(COLLECT_CURSOR_KEY));
  // Go on only with the same template and the same schools and links; else read from the top.
  const stashed =
    cursor && cursor.version === version && cursor.key === key ? readStash(host.readToolSheet(STASH_SHEET)) : null;
  const files: ReceivedFile[] = stashed && stashed.length === cursor?.next ? stashed : [];

  const drive = drivePort();
  const timeZone = ss.getSpreadsheetTimeZone();
  const budget = new TimeBudget();
  const first = files.length;
  for (let i = first; i < linked.length; i++) {
    const school = linked[i];
    if (!school) continue;
    if (i > first && budget.exhausted()) {
      host.apply([{ kind: 'sheet', name: STASH_SHEET, rows: stashRows(files), hidden: true }]);
      props.setProperty(COLLECT_CURSOR_KEY, collectCursorJson({ version, key, next: files.length }));
      return { toast: m.readPaused(files.length, linked.length), notices: [] };
    }
    files.push(readSchoolFile(drive, school, timeZone));
    budget.lap();
  }

  const outcome = runSync(host, collectChecklistsFlow(files, runContext(timeZone)));
  if (!outcome.ok) throw new UserFacingError(outcome.message);
  if (ss.getSheetByName(STASH_SHEET)) host.apply([{ kind: 'remove-sheet', name: STASH_SHEET }]);
  props.deleteProperty(COLLECT_CURSOR_KEY);
  host.select(ru.checklists.sheets.summary, 1, 1);
  return { toast: outcome.report.message, notices: [] };
}
