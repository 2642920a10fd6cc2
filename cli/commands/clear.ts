/**
 * `oko clear COPY.xlsx --out OUT.xlsx`: «Снять отметки» for a copy marked by `oko check --out` (or
 * by the menu in Sheets or Excel): core's clear flow restores every marked sheet's fills and notes
 * from the hidden backup and removes the report sheet. The input file is only read.
 */
import { runSync } from '../../core/commands/flow';
import { clearMarksFlow } from '../../core/commands/check-flows';
import { BACKUP_SHEET, backupFromRows } from '../../core/marks/mark-backup';
import { ru } from '../../core/messages/ru';
import { XlsxHost } from '../../xlsx/host';
import type { Command } from '../args';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { samePath } from '../paths';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type ClearCommand = Extract<Command, { kind: 'clear' }>;

export async function runClear(cmd: ClearCommand, io: Io): Promise<number> {
  if (samePath(cmd.file, cmd.out)) throw new CliFailure(ru.cli.outSameAsInput);
  const wb = await openWorkbook(cmd.file);
  // A zip that is no workbook (a renamed .docx or .ods) opens with no sheets: refuse it as `check` does.
  if (wb.worksheets.length === 0) throw new CliFailure(ru.cli.noSheets(cmd.file));
  const host = new XlsxHost(wb);
  const backup = backupFromRows(host.readToolSheet(BACKUP_SHEET) ?? []);
  const names = new Set(host.sheetNames());
  const sheets = [...new Set(backup.map((e) => e.sheet))].filter((s) => names.has(s));
  if (sheets.length === 0) {
    io.out(ru.cli.clear.nothing(cmd.file));
    return 0;
  }
  for (const sheet of sheets) io.out(ru.cli.clear.sheet(sheet, runSync(host, clearMarksFlow(sheet))));
  await saveWorkbook(wb, cmd.out, [cmd.file]);
  io.out(ru.cli.clear.written(cmd.out));
  return 0;
}
