/**
 * `oko import PLAN.docx --out PLAN.xlsx [--check]`: a Word plan into a sheet (numbers, merges and
 * title kept), written atomically; with --check the plan is checked and a marked copy written beside.
 */
import { Workbook } from 'exceljs';
import { countBySeverity } from '../../core/check/issue';
import { importChanges, importSheetNames } from '../../core/docx/docx-import';
import { ru } from '../../core/messages/ru';
import { applyChanges } from '../../xlsx/apply';
import { readDocx } from '../../xlsx/docx-read';
import type { Command } from '../args';
import { checkWorkbook, markWorkbook } from '../book-check';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { samePath } from '../paths';
import { summaryLines } from '../summary';
import { readBytes } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type ImportCommand = Extract<Command, { kind: 'import' }>;

/** `План.xlsx` → `План.проверка.xlsx`: the marked copy sits beside the imported book. */
export function checkedPath(out: string): string {
  return out.replace(/(\.xlsx)?$/i, '.проверка.xlsx');
}

export async function runImport(cmd: ImportCommand, io: Io): Promise<number> {
  if (samePath(cmd.file, cmd.out)) throw new CliFailure(ru.cli.outSameAsInput);
  const bytes = await readBytes(cmd.file);
  const imported = await readDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), cmd.file);
  if (!imported.ok) throw new CliFailure(imported.message);
  const names = importSheetNames(imported.others.length, []);
  const wb = new Workbook();
  applyChanges(
    wb,
    importChanges(
      imported.plan,
      names.plan,
      imported.others.map((sheet, i) => ({ sheet, name: names.others[i] ?? `${i + 2}` })),
    ),
  );
  await saveWorkbook(wb, cmd.out);
  io.out(ru.docxImport.imported(names.plan, imported.plan.rows.length, imported.plan.merges.length, imported.tables));
  io.out(ru.docxImport.written(cmd.out));
  if (!cmd.check) return 0;
  const { plan, issues } = checkWorkbook(wb, cmd.out, names.plan);
  markWorkbook(wb, plan.sheet);
  const marked = checkedPath(cmd.out);
  await saveWorkbook(wb, marked);
  io.out(summaryLines(plan, issues).join('\n'));
  io.out(ru.docxImport.checked(marked));
  return countBySeverity(issues).error > 0 ? 1 : 0;
}
