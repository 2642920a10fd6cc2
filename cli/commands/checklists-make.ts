/**
 * `oko checklists make BOOK.xlsx --out DIR`: one protected checklist file per school of «Школы»,
 * DIR/<код>.xlsx, ready to attach to an e-mail. The book is only read.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planChecklistFilesFlow } from '../../core/checklists/checklist-flows';
import { versionName } from '../../core/checklists/template';
import { runSync } from '../../core/commands/flow';
import { ru } from '../../core/messages/ru';
import type { ChecklistsCommand } from '../checklist-args';
import { XlsxHost } from '../../xlsx/host';
import { distinctFileNames, schoolWorkbook } from '../../xlsx/school-write';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type ChecklistsMakeCommand = Extract<ChecklistsCommand, { kind: 'checklists-make' }>;

function refuseFileAsDir(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) throw new CliFailure(ru.checklists.cli.outIsFile(dir));
  } catch (err) {
    if (err instanceof CliFailure) throw err;
  }
}

export async function runChecklistsMake(cmd: ChecklistsMakeCommand, io: Io): Promise<number> {
  refuseFileAsDir(cmd.out);
  const wb = await openWorkbook(cmd.book);
  const plan = runSync(new XlsxHost(wb), planChecklistFilesFlow());
  if (!plan.ok) throw new CliFailure(plan.message);
  const m = ru.checklists.cli;
  io.out(m.template(versionName(plan.template.date), plan.template.indicators.length));
  for (const w of plan.warnings) io.err(w);
  const now = new Date();
  const { files, clashes } = distinctFileNames(plan.files);
  for (const clash of clashes) io.err(clash);
  for (const spec of files)
    await saveWorkbook(await schoolWorkbook(spec, now), join(cmd.out, spec.fileName), [cmd.book]);
  const made = files.length;
  io.out(m.made(made, resolve(cmd.out)));
  return 0;
}
