/**
 * The «Импорт из Word» flow of the open-book hosts, on the .xlsx host: a new sheet of a name the
 * book does not have, the other tables beside it, the plan selected and checked; a refusal writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { runSync } from '../../core/commands/flow';
import { docxImportFlow } from '../../core/docx/docx-import-flow';
import { importDocx } from '../../core/docx/docx-import';
import { ru } from '../../core/messages/ru';
import { planDocx } from '../../cli/plan-docx';
import { XlsxHost } from '../../xlsx/host';
import { readDocx } from '../../xlsx/docx-read';
import { SEED_DIR, seedFiles } from '../helpers/seeds';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const cell = (t: string): string => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
const table = (rows: string[][]): string =>
  `<w:tbl><w:tblGrid>${rows[0]?.map(() => '<w:gridCol w:w="2000"/>').join('')}</w:tblGrid>${rows
    .map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
const doc = (body: string): string => `<w:document ${W}><w:body>${body}</w:body></w:document>`;

function bookWith(...names: string[]): XlsxHost {
  const wb = new Workbook();
  for (const n of names) wb.addWorksheet(n).getCell(1, 1).value = n;
  return new XlsxHost(wb);
}

test('a seed plan becomes a new sheet beside the book’s own, then it is checked', async () => {
  const file = seedFiles()[3] ?? '';
  const imported = await readDocx(await planDocx(readFileSync(join(SEED_DIR, file), 'utf8')), file);
  const host = bookWith('План', ru.docxImport.planSheet);
  const outcome = runSync(host, docxImportFlow(imported));
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.sheet).toBe(`${ru.docxImport.planSheet} (2)`);
  expect(host.sheetNames().slice(0, 3)).toEqual(['План', ru.docxImport.planSheet, outcome.sheet]);
  expect(host.workbook.getWorksheet('План')?.getCell(1, 1).value).toBe('План');
  expect(outcome.report.ok).toBe(true);
  expect(outcome.report.sheet).toBe(outcome.sheet);
  expect(outcome.report.items).toBeGreaterThan(0);
  expect(outcome.message).toContain(outcome.report.message);
  expect(outcome.message).toContain(`строк — ${outcome.rows}`);
  // The check marked the new sheet and wrote its report.
  expect(host.sheetNames()).toContain(ru.report.sheetName);
});

test('the other tables of the document go to sheets of their own, named in the message', () => {
  const plan = [
    ['№', 'Мероприятие', 'Срок', 'Ответственный'],
    ...Array.from({ length: 6 }, (_, i) => [`${i + 1}.`, `Совещание ${i + 1}`, 'март 2025', 'Иванова']),
  ];
  const imported = importDocx(
    { document: doc(table([['Согласовано', 'Утверждено']]) + table(plan)), numbering: null, styles: null },
    'p.docx',
  );
  const host = bookWith('Лист1');
  const outcome = runSync(host, docxImportFlow(imported));
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.others).toEqual([ru.docxImport.tableSheet(2)]);
  expect(host.workbook.getWorksheet(ru.docxImport.tableSheet(2))?.getCell(1, 2).value).toBe('Утверждено');
  expect(outcome.message).toContain(ru.docxImport.otherSheets(outcome.others));
});

test('a document without a table: the reason, and the book untouched', () => {
  const imported = importDocx(
    { document: doc('<w:p><w:r><w:t>Приказ</w:t></w:r></w:p>'), numbering: null, styles: null },
    'p.docx',
  );
  const host = bookWith('Лист1');
  const outcome = runSync(host, docxImportFlow(imported));
  expect(outcome).toEqual({ ok: false, message: ru.docxImport.noTable('p.docx') });
  expect(host.sheetNames()).toEqual(['Лист1']);
});
