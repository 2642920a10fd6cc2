/**
 * The Office.js stand-in for the task-pane browser test: bundled by the test and answered for
 * the CDN URL through page.route, never built into dist. It serves `__okoSeed` (rows of text,
 * set just before this script) as the workbook, through the same fake object model as Jest.
 */
import { FakeBook } from './fake-book';
import { createFakeOffice } from './fake-excel';

const g = globalThis as unknown as Record<string, unknown>;
const book = new FakeBook();
book.addSheet('План', (g.__okoSeed as (string | null)[][] | undefined) ?? []);
const fake = createFakeOffice(book, 18);
g.Office = fake.Office;
g.Excel = fake.Excel;
g.__okoStub = { book, stats: fake.stats };
