/** `oko check FILE.xlsx [--sheet NAME] [--json] [--out OUT.xlsx]`: exit 0 without errors, 1 with errors. */
import { toCheckJson } from '../../core/check/check-json';
import { countBySeverity } from '../../core/check/issue';
import { ru } from '../../core/messages/ru';
import type { Command } from '../args';
import { checkWorkbook, markWorkbook } from '../book-check';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { samePath } from '../paths';
import { summaryLines } from '../summary';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type CheckCommand = Extract<Command, { kind: 'check' }>;

export async function runCheck(cmd: CheckCommand, io: Io): Promise<number> {
  if (cmd.out !== null && samePath(cmd.file, cmd.out)) throw new CliFailure(ru.cli.outSameAsInput);
  const wb = await openWorkbook(cmd.file);
  const { plan, issues, note } = checkWorkbook(wb, cmd.file, cmd.sheet);
  if (note !== null) io.err(note);
  if (cmd.out !== null) {
    // The workbook in memory is the copy: the input file is only ever read.
    markWorkbook(wb, plan.sheet);
    await saveWorkbook(wb, cmd.out, [cmd.file]);
  }
  if (cmd.json) {
    io.out(JSON.stringify(toCheckJson(plan, issues), null, 2));
  } else {
    io.out(summaryLines(plan, issues).join('\n'));
    if (cmd.out !== null) io.out(ru.cli.summary.written(cmd.out));
  }
  return countBySeverity(issues).error > 0 ? 1 : 0;
}
