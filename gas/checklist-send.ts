/**
 * «Чек-листы школ → Разослать / Продолжить рассылку»: one spreadsheet per school in the book's
 * Drive folder, shared with that school's address only, without Google's e-mail. Resumable: the run
 * stops before Apps Script's time limit, keeps a cursor in the document's properties, and the next
 * run goes on from there; a school that has its file for the current template is never made twice.
 */
import { loadChecklistBookFlow } from '../core/checklists/checklist-flows';
import { readRegistry, type Registry } from '../core/checklists/registry';
import { makeSchoolSheet } from '../core/checklists/school-sheet';
import { readRequisites, schoolFileInfo } from '../core/summary/requisites';
import {
  parseSendCursor,
  planSend,
  readSentFiles,
  sendCursorJson,
  sentChanges,
  sentFileProperty,
  type SendTask,
} from '../core/checklists/send-plan';
import { runSync } from '../core/commands/flow';
import type { Grid } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import { drivePort, sheetUrl, type DrivePort } from './drive-port';
import { failureReason, UserFacingError } from './failure';
import { TimeBudget } from './run-clock';
import { writeSchoolBook } from './school-sheet-write';
import type { SheetsHost } from './sheets-host';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SEND_CURSOR_KEY = 'oko.checklists.send';
export const FOLDER_KEY = 'oko.checklists.folder';

/** What a checklist command tells the user: a toast, and sentences worth an alert. */
export interface RunOutcome {
  readonly toast: string;
  readonly notices: readonly string[];
}

interface Made {
  readonly links: Map<string, string>;
  readonly files: Map<string, string>;
  readonly invited: string[];
  readonly failed: string[];
  /** The school the run stopped before, when time ran out. */
  stoppedAt: SendTask | null;
}

/** One school's file: made, filled, shared; binned again if it could not be shared. */
function makeOne(drive: DrivePort, folderId: string, task: SendTask): { id: string; invited: boolean } {
  const ss = drive.createSpreadsheet(ru.gas.checklists.fileTitle(task.spec.code, task.spec.title), folderId);
  const id = ss.getId();
  try {
    writeSchoolBook(ss, task.spec);
    return { id, invited: drive.share(id, task.email) === 'invited' };
  } catch (error) {
    try {
      drive.trash(id);
    } catch {
      // The file stays unshared in the folder; the school is reported and retried next time.
    }
    throw error;
  }
}

function makeFiles(drive: DrivePort, folderId: string, tasks: readonly SendTask[]): Made {
  const made: Made = { links: new Map(), files: new Map(), invited: [], failed: [], stoppedAt: null };
  const budget = new TimeBudget();
  let tried = 0;
  for (const task of tasks) {
    if (tried > 0 && budget.exhausted()) {
      made.stoppedAt = task;
      break;
    }
    tried++;
    try {
      const { id, invited } = makeOne(drive, folderId, task);
      made.links.set(task.spec.code, sheetUrl(id));
      made.files.set(task.spec.code, id);
      if (invited) made.invited.push(task.spec.code);
    } catch (error) {
      made.failed.push(ru.gas.checklists.failedSchool(task.spec.code, failureReason(error)));
    }
    budget.lap();
  }
  return made;
}

/** Links and «Разослано» into «Школы» as it is now (the official may have typed meanwhile). */
function writeLinks(host: SheetsHost, registry: Registry, grid: Grid, links: ReadonlyMap<string, string>): void {
  const fresh = host.readGrid(registry.sheet);
  const read = readRegistry(fresh);
  const [g, r] = read.ok ? [fresh, read.registry] : [grid, registry];
  host.apply(sentChanges(g, r, links, ru.gas.checklists.sentStatus));
}

export function sendChecklists(ss: Spreadsheet, host: SheetsHost, resume: boolean): RunOutcome {
  const m = ru.gas.checklists;
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  const cursor = parseSendCursor(stored[SEND_CURSOR_KEY]);
  if (resume && cursor === null) return { toast: m.alreadyDone, notices: [] };
  const book = runSync(host, loadChecklistBookFlow());
  if (!book.ok) throw new UserFacingError(book.message);
  const { template, registry } = book;
  const info = schoolFileInfo(readRequisites(host.readToolSheet(ru.requisites.sheetName)));
  const specs = registry.schools.map((s) => makeSchoolSheet(template, s, info));
  const start = cursor && cursor.version === template.version ? cursor.next : 0;
  const plan = planSend(registry.schools, specs, readSentFiles(stored), template.version, start);
  const total = registry.schools.length;
  const notices = [...registry.warnings, ...(plan.noEmail.length > 0 ? [m.noEmail(plan.noEmail)] : [])];
  if (plan.tasks.length === 0) {
    if (cursor) props.deleteProperty(SEND_CURSOR_KEY);
    return { toast: m.nothingToSend(plan.current.length, total), notices };
  }

  // Files made on Drive are not taken back: first make sure «Школы» will take their links.
  host.assertWritable(
    sentChanges(book.registryGrid, registry, new Map(plan.tasks.map((t) => [t.spec.code, ''])), m.sentStatus),
  );
  const drive = drivePort();
  const folderName = m.folderName(ss.getName());
  const folderId = drive.folderId(folderName, cursor?.folderId ?? stored[FOLDER_KEY] ?? null);
  const made = makeFiles(drive, folderId, plan.tasks);
  const records = [...made.files].map(([code, file]) => sentFileProperty(code, { file, version: template.version }));
  // The records first: should writing «Школы» still fail, the files are in the folder, named by code.
  props.setProperties(Object.fromEntries([...records, [FOLDER_KEY, folderId]]));
  if (made.stoppedAt)
    props.setProperty(
      SEND_CURSOR_KEY,
      sendCursorJson({ version: template.version, folderId, next: made.stoppedAt.index }),
    );
  else props.deleteProperty(SEND_CURSOR_KEY);
  writeLinks(host, registry, book.registryGrid, made.links);

  if (made.invited.length > 0) notices.push(drive.notifies ? m.googleNotifies : m.invited(made.invited));
  if (made.failed.length > 0) notices.push(m.failed(made.failed));
  const done = plan.current.length + made.links.size;
  const sent = m.sent(made.links.size, done, total, folderName);
  const toast = made.stoppedAt ? m.paused(done, total) : drive.notifies ? sent : `${sent} ${m.tellSchools}`;
  return { toast, notices };
}
