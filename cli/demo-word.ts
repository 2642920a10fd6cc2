/**
 * The demo's «Импорт из Word»: the sample plan built as a Word document (title above, automatic
 * numbering, merged «Сроки»/«Ответственные»), imported to a book, checked, and compared with the
 * check of the same plan pasted: one printed line says whether they agree.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Issue } from '../core/check/issue';
import { importChanges, importSheetNames } from '../core/docx/docx-import';
import type { Plan } from '../core/plan/plan';
import { ru } from '../core/messages/ru';
import { applyChanges } from '../xlsx/apply';
import { readDocx } from '../xlsx/docx-read';
import { checkWorkbook } from './book-check';
import { CliFailure } from './failure';
import type { Io } from './io';
import { pastedTextToWorkbook } from './paste';
import { planDocx } from './plan-docx';
import { saveWorkbook } from './xlsx-save';

export const WORD_FILE = 'plan-word.docx';
export const WORD_BOOK = 'plan-word.xlsx';

/** Rules on a cell's own text: a merged Word cell is one cell, flagged once, so they are not compared. */
const CELL_TEXT_RULES = new Set(['text-cleanup', 'text-typo']);

function fingerprint(plan: Plan, issues: readonly Issue[]): string {
  const shift = plan.items[0]?.row ?? 0;
  return JSON.stringify({
    items: plan.items.map((i) => [i.row - shift, i.number, i.text.activity, i.deadline?.kind ?? null]),
    issues: issues.filter((i) => !CELL_TEXT_RULES.has(i.rule)).map((i) => [i.rule, i.row - shift, i.col]),
  });
}

export async function demoWordImport(text: string, dir: string, io: Io): Promise<boolean> {
  const bytes = await planDocx(text);
  await writeFile(join(dir, WORD_FILE), bytes);
  const imported = await readDocx(bytes, WORD_FILE);
  if (!imported.ok) throw new CliFailure(imported.message);
  const names = importSheetNames(0, []);
  const wb = new Workbook();
  applyChanges(wb, importChanges(imported.plan, names.plan, []));
  await saveWorkbook(wb, join(dir, WORD_BOOK));
  const fromWord = checkWorkbook(wb, WORD_BOOK, names.plan);
  const pasted = checkWorkbook(pastedTextToWorkbook(text, ru.cli.demo.sheetName), 'plan', null);
  const same = fingerprint(fromWord.plan, fromWord.issues) === fingerprint(pasted.plan, pasted.issues);
  io.out(ru.docxImport.demo(same));
  return same;
}
