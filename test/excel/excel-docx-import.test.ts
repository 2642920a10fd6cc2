/**
 * «Импорт из Word» in the Excel task pane, through the Excel adapter on the fake: the file kit
 * checks and unzips the .docx in the pane, core imports it, a new worksheet is written with its
 * merges, shown, and checked. For seed plans made into Word documents the sheet's cells and
 * merges and the check's issues equal what `oko import` makes; syncs and calls are bounded.
 */
import { fileKit } from '../../office-addin/checklists/file-kit';
import { officeDocxImportBridge } from '../../office-addin/docx/docx-import-bridge';
import type { PickedFile } from '../../panel/bridge';
import { BAD_DOCX, cellText, importReference, mergeKey, seedDocx } from '../helpers/docx-import-cases';
import { seedFiles } from '../helpers/seeds';
import { bookOf, rig, snapshot } from './excel-fixture';
import type { FakeBook } from './fake-book';

const picked = (bytes: Uint8Array, name: string): PickedFile => ({
  name,
  lastModified: 0,
  arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer),
});

function paneOn(book: FakeBook, apiMinor = 18) {
  const r = rig(book, apiMinor);
  return { ...r, bridge: officeDocxImportBridge(r.host, { kit: () => Promise.resolve(fileKit) }) };
}

describe.each(seedFiles().slice(0, 6))('seed %s as a Word document', (file) => {
  test('imports to a new, active sheet equal to oko import’s, checked alike, in bounded syncs', async () => {
    const bytes = await seedDocx(file);
    const want = await importReference(bytes, file);
    const book = bookOf([['Заметки методиста']], 'Лист1');
    const before = snapshot(book.sheet('Лист1'));
    const { fake, bridge } = paneOn(book);
    const got = await bridge.importDocx(picked(bytes, file));
    if (!got.ok) throw new Error(got.message);
    expect(got.sheet).toBe(want.outcome.sheet);
    expect(book.sheets.map((s) => s.name).slice(0, 2)).toEqual(['Лист1', got.sheet]);
    expect(book.active).toBe(got.sheet);
    expect(snapshot(book.sheet('Лист1'))).toEqual(before);
    const sheet = book.sheet(got.sheet);
    const cells = want.cells.map((line, r) => line.map((_, c) => cellText(sheet.get(r, c)?.value)));
    expect(cells).toEqual(want.cells);
    const merges = sheet.merges.map((m) => ({ row: m.r0 + 1, col: m.c0 + 1, rows: m.rows, cols: m.cols }));
    expect(merges.map(mergeKey).sort()).toEqual(want.grid.merges.map(mergeKey).sort());
    expect(got.report.issues).toEqual(want.outcome.report.issues);
    expect(got.message).toBe(want.outcome.message);
    // Batched: the merges ride in the write syncs; a handful of syncs for import, selection and check.
    expect(fake.stats.count('merge')).toBe(want.grid.merges.length);
    expect(fake.stats.count('values')).toBeLessThanOrEqual(4);
    expect(fake.stats.syncs.length).toBeLessThan(16);
    expect(fake.stats.unsupported).toEqual([]);
  });
});

test('a second import gets a name of its own, the first is kept', async () => {
  const bytes = await seedDocx(seedFiles()[1] ?? '');
  const book = bookOf([['Заметки']], 'Лист1');
  const { bridge } = paneOn(book);
  const first = await bridge.importDocx(picked(bytes, 'План.docx'));
  const second = await bridge.importDocx(picked(bytes, 'План.docx'));
  if (!first.ok || !second.ok) throw new Error('import failed');
  expect(second.sheet).toBe(`${first.sheet} (2)`);
  expect(book.sheet(first.sheet).merges.length).toBeGreaterThan(0);
});

test('an Excel without ExcelApi 1.2 imports the text without merges, calling nothing it lacks', async () => {
  const bytes = await seedDocx(seedFiles()[2] ?? '');
  const book = bookOf([['Заметки']], 'Лист1');
  const { fake, bridge } = paneOn(book, 1);
  const got = await bridge.importDocx(picked(bytes, 'План.docx'));
  expect(got.ok).toBe(true);
  if (got.ok) expect(book.sheet(got.sheet).merges).toEqual([]);
  expect(fake.stats.unsupported).toEqual([]);
});

test.each(BAD_DOCX)('%s: one Russian line, no sheet added', async (_, make, message) => {
  const book = bookOf([['Заметки']], 'Лист1');
  const { fake, bridge } = paneOn(book);
  const got = await bridge.importDocx(picked(await make(), 'план.docx'));
  expect(got).toEqual({ ok: false, message: message('план.docx') });
  expect(book.sheets.map((s) => s.name)).toEqual(['Лист1']);
  expect(fake.stats.count('worksheets.add')).toBe(0);
});
