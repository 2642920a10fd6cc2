/**
 * «Импорт из Word» on an open book (Google Sheets, Excel): the imported plan becomes a new sheet
 * (a name the book does not have), the document's other tables sheets of their own; the plan's
 * sheet is then shown and «Проверить план» runs on it. One flow for every host.
 */
import { checkFlow } from '../commands/check-flows';
import { call, type Flow } from '../commands/flow';
import type { CheckReport } from '../commands/report';
import { ru } from '../messages/ru';
import { importChanges, importSheetNames, type DocxImport } from './import-sheets';

export type DocxImportOutcome =
  | {
      readonly ok: true;
      /** The plan's new sheet. */
      readonly sheet: string;
      /** Sheets of the document's other tables. */
      readonly others: readonly string[];
      readonly rows: number;
      /** One Russian paragraph: what was imported and what the check found. */
      readonly message: string;
      readonly report: CheckReport;
    }
  | { readonly ok: false; readonly message: string };

/** The import's outcome as the host tells it: the numbers of the import, then the check's summary. */
export function importMessage(
  sheet: string,
  imported: Extract<DocxImport, { ok: true }>,
  others: readonly string[],
  report: CheckReport,
): string {
  const lines = [
    ru.docxImport.imported(sheet, imported.plan.rows.length, imported.plan.merges.length, imported.tables),
  ];
  if (others.length) lines.push(ru.docxImport.otherSheets(others));
  lines.push(report.message);
  return lines.join(' ');
}

/** Writes what `importDocx` read (nothing when it refused) and checks the plan's sheet. */
export function* docxImportFlow(imported: DocxImport): Flow<DocxImportOutcome> {
  if (!imported.ok) return { ok: false, message: imported.message };
  const names = importSheetNames(imported.others.length, yield* call('sheetNames'));
  const others = imported.others.map((sheet, i) => ({ sheet, name: names.others[i] ?? '' }));
  yield* call('apply', importChanges(imported.plan, names.plan, others));
  // The official lands on the imported plan, its first cell selected.
  yield* call('select', names.plan, 1, 1);
  const report = yield* checkFlow(names.plan);
  return {
    ok: true,
    sheet: names.plan,
    others: names.others,
    rows: imported.plan.rows.length,
    message: importMessage(names.plan, imported, names.others, report),
    report,
  };
}
