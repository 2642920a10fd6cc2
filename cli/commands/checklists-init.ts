/**
 * `oko checklists init BOOK.xlsx`: adds «Школы» and «Чек-лист» (default template) to the book if
 * they are missing, never overwriting a sheet; a new book is created when the file does not
 * exist. The book is written in place, so its previous state is kept beside it as *.bak.xlsx
 * (ExcelJS may drop what it does not understand, e.g. charts, on the way through).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Workbook } from 'exceljs';
import { prepareChecklistBookFlow } from '../../core/checklists/checklist-flows';
import { newTemplateId } from '../../core/checklists/template';
import { runSync } from '../../core/commands/flow';
import { ru } from '../../core/messages/ru';
import type { ChecklistsCommand } from '../checklist-args';
import { XlsxHost } from '../../xlsx/host';
import { runContext } from '../checklist-run-context';
import type { Io } from '../io';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type ChecklistsInitCommand = Extract<ChecklistsCommand, { kind: 'checklists-init' }>;

export async function runChecklistsInit(cmd: ChecklistsInitCommand, io: Io): Promise<number> {
  const exists = existsSync(cmd.book);
  const wb = exists ? await openWorkbook(cmd.book) : new Workbook();
  const ctx = runContext();
  const templateId = newTemplateId(`${resolve(cmd.book)}|${ctx.now}`);
  const result = runSync(new XlsxHost(wb), prepareChecklistBookFlow({ ...ctx, templateId }));
  io.out(result.message);
  if (result.created.length === 0) return 0;
  const { backup } = await saveWorkbook(wb, cmd.book, [cmd.book]);
  io.out(ru.checklists.cli.initWritten(cmd.book, backup));
  io.out(ru.checklists.cli.initNext);
  return 0;
}
