/**
 * `oko checklists collect BOOK.xlsx DIR [--out OUT.xlsx] [--json]`: validates every *.xlsx of DIR
 * and merges them into the book. Without --out nothing is written (a dry run that reports what
 * collecting would do); --out may name BOOK itself. Quarantined files are reported, not an error.
 */
import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { collectChecklistsFlow } from '../../core/checklists/checklist-flows';
import { toCollectJson } from '../../core/checklists/collect-json';
import type { ReceivedFile, UnreadableFile } from '../../core/checklists/school-file';
import { runSync } from '../../core/commands/flow';
import { ru } from '../../core/messages/ru';
import type { ChecklistsCommand } from '../checklist-args';
import { XlsxHost } from '../../xlsx/host';
import { collectLines } from '../checklist-report';
import { runContext } from '../checklist-run-context';
import { skippedNameReason } from '../../core/checklists/skipped-entry';
import { localIso } from '../../xlsx/local-time';
import { backupPath } from '../atomic-write';
import { readSchoolFile } from '../checklist-school-read';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { samePath } from '../paths';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type ChecklistsCollectCommand = Extract<ChecklistsCommand, { kind: 'checklists-collect' }>;

function dirEntries(dir: string): Dirent[] {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new CliFailure(ru.checklists.cli.dirNotFound(dir));
  }
  if (!isDir) throw new CliFailure(ru.checklists.cli.dirNotFound(dir));
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Why an entry of DIR is not read as a school file, or null when it is one. */
function skipReason(e: Dirent): string | null {
  const r = ru.checklists.skipped;
  if (e.isSymbolicLink()) return r.symlink;
  if (e.isDirectory()) return r.folder;
  if (!e.isFile()) return r.special;
  return skippedNameReason(e.name);
}

const isBook = (file: string, skip: readonly string[]): boolean => skip.some((s) => samePath(s, file));

/** The school files of DIR: *.xlsx in name order, without Excel's `~$` lock files and the books themselves. */
export function schoolFilesIn(dir: string, skip: readonly string[]): string[] {
  return dirEntries(dir)
    .filter((e) => skipReason(e) === null)
    .map((e) => join(dir, e.name))
    .filter((file) => !isBook(file, skip));
}

/**
 * The entries of DIR that are not read (links, folders, lock files, other files), each with its
 * Russian reason, to be listed in quarantine rather than skipped silently. The books are left out.
 */
export function skippedEntriesIn(dir: string, skip: readonly string[]): UnreadableFile[] {
  const out: UnreadableFile[] = [];
  for (const e of dirEntries(dir)) {
    const reason = skipReason(e);
    const file = join(dir, e.name);
    if (reason === null || isBook(file, skip)) continue;
    let modified: string;
    try {
      modified = localIso(lstatSync(file).mtime);
    } catch {
      modified = '';
    }
    out.push({ name: e.name, modified, unreadable: reason });
  }
  return out;
}

export async function runChecklistsCollect(cmd: ChecklistsCollectCommand, io: Io): Promise<number> {
  const books = [cmd.book, ...(cmd.out === null ? [] : [cmd.out])].flatMap((b) => [b, backupPath(b)]);
  const paths = schoolFilesIn(cmd.dir, books);
  const wb = await openWorkbook(cmd.book);
  const files: ReceivedFile[] = [];
  for (const p of paths) files.push(await readSchoolFile(p));
  files.push(...skippedEntriesIn(cmd.dir, books));
  const outcome = runSync(new XlsxHost(wb), collectChecklistsFlow(files, runContext()));
  if (!outcome.ok) throw new CliFailure(outcome.message);
  const backup = cmd.out !== null ? (await saveWorkbook(wb, cmd.out, [cmd.book])).backup : null;
  if (backup !== null) io.err(ru.cli.backupKept(backup));
  if (cmd.json) io.out(JSON.stringify(toCollectJson(outcome.report, cmd.out), null, 2));
  else io.out(collectLines(outcome.report, cmd.out).join('\n'));
  return 0;
}
