/**
 * The Office.js stand-in for the task-pane browser tests: bundled by the test and answered for
 * the CDN URL through page.route, never built into dist. It serves `__okoSheets` (sheets of text,
 * set just before this script) as the workbook, through the same fake object model as Jest.
 */
import { FakeBook } from './fake-book';
import { createFakeOffice } from './fake-excel';

interface StubSheet {
  readonly name: string;
  readonly rows: (string | number | boolean | null)[][];
  readonly formats?: (string | null)[][];
}

const g = globalThis as unknown as Record<string, unknown>;
const book = new FakeBook();
for (const sheet of (g.__okoSheets as StubSheet[] | undefined) ?? []) {
  const made = book.addSheet(sheet.name, sheet.rows);
  sheet.formats?.forEach((line, r) => line.forEach((f, c) => void (f && (made.at(r, c).numberFormat = f))));
}
const fake = createFakeOffice(book, 18);
g.Office = fake.Office;
g.Excel = fake.Excel;
g.__okoStub = { book, stats: fake.stats };
