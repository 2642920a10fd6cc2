/**
 * `oko checklists collect BOOK.xlsx DIR [--out OUT.xlsx] [--json]`: validates every *.xlsx of DIR
 * and merges them into the book. Without --out nothing is written (a dry run that reports what
 * collecting would do); --out may name BOOK itself. Quarantined files are reported, not an error.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectChecklistsFlow } from '../../core/checklists/checklist-flows';
import { toCollectJson } from '../../core/checklists/collect-json';
import type { ReceivedFile } from '../../core/checklists/school-file';
import { runSync } from '../../core/commands/flow';
import { ru } from '../../core/messages/ru';
import type { ChecklistsCommand } from '../checklist-args';
import { XlsxHost } from '../../xlsx/host';
import { collectLines } from '../checklist-report';
import { runContext } from '../checklist-run-context';
import { isOfficeLockFile } from '../../xlsx/school-bytes';
import { readSchoolFile } from '../checklist-school-read';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { samePath } from '../paths';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type ChecklistsCollectCommand = Extract<ChecklistsCommand, { kind: 'checklists-collect' }>;

/** The school files of DIR: *.xlsx in name order, without Excel's `~$` lock files and the books themselves. */
export function schoolFilesIn(dir: string, skip: readonly string[]): string[] {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new CliFailure(ru.checklists.cli.dirNotFound(dir));
  }
  if (!isDir) throw new CliFailure(ru.checklists.cli.dirNotFound(dir));
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !isOfficeLockFile(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => !skip.some((s) => samePath(s, file)));
}

export async function runChecklistsCollect(cmd: ChecklistsCollectCommand, io: Io): Promise<number> {
  const paths = schoolFilesIn(cmd.dir, cmd.out === null ? [cmd.book] : [cmd.book, cmd.out]);
  const wb = await openWorkbook(cmd.book);
  const files: ReceivedFile[] = [];
  for (const p of paths) files.push(await readSchoolFile(p));
  const outcome = runSync(new XlsxHost(wb), collectChecklistsFlow(files, runContext()));
  if (!outcome.ok) throw new CliFailure(outcome.message);
  const backup = cmd.out !== null ? (await saveWorkbook(wb, cmd.out, [cmd.book])).backup : null;
  if (backup !== null) io.err(ru.cli.backupKept(backup));
  if (cmd.json) io.out(JSON.stringify(toCollectJson(outcome.report, cmd.out), null, 2));
  else io.out(collectLines(outcome.report, cmd.out).join('\n'));
  return 0;
}
