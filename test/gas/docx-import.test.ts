/**
 * «ОКО-план → Импорт из Word…» on the Sheets fake with the built Code.js and DocxDialog.html: the
 * dialog's own code (run here in Node) sends the .docx as base64, the server unzips it with
 * Utilities.unzip, writes a new sheet and checks it. For seed plans made into Word documents the
 * new sheet's cells and merges and the check's issues equal what `oko import` (the .xlsx host)
 * makes; host calls are counted: one setValues, one merge per merged area, never one per cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocxImportOutcome } from '../../core/docx/docx-import-flow';
import { ru } from '../../core/messages/ru';
import { toBase64 } from '../../core/text/base64';
import { runDocxDialog } from '../../gas/sidebar/docx-dialog-run';
import { BAD_DOCX, cellText, importReference, mergeKey, seedDocx } from '../helpers/docx-import-cases';
import { seedFiles } from '../helpers/seeds';
import { createAppsScript } from './fake-apps-script';
import { buildGas, DIST, loadGas, type Built, type Gas } from './gas-harness';

let built: Built;
let dialog: string;

beforeAll(() => {
  built = buildGas();
  dialog = readFileSync(join(DIST, 'DocxDialog.html'), 'utf8');
}, 120000);

function bookGas(): Gas {
  const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar, DocxDialog: dialog }));
  gas.fake.book.addSheet('Лист1', [['Заметки методиста']]);
  return gas;
}

/** The dialog's run: google.script.run sends JSON both ways, and so does this. */
function importIn(gas: Gas, bytes: Uint8Array, name: string): Promise<DocxImportOutcome> {
  return runDocxDialog(
    { name, arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer) },
    {
      send: (base64, fileName) =>
        Promise.resolve(JSON.parse(JSON.stringify(gas.run('docxImport', base64, fileName))) as DocxImportOutcome),
    },
  );
}

test('the menu item opens the dialog, and both are in the built project', () => {
  const gas = bookGas();
  gas.run('onOpen');
  expect(gas.fake.ui.menus[0]?.items).toContainEqual({ caption: 'Импорт из Word…', functionName: 'menuImportDocx' });
  expect(built.code).toMatch(/^function menuImportDocx\(/m);
  expect(built.code).toMatch(/^function docxImport\(/m);
  gas.run('menuImportDocx');
  expect(gas.fake.ui.dialogs.map((d) => d.title)).toEqual([ru.docxImport.dialogTitle]);
  expect(gas.fake.ui.dialogs[0]?.html.getContent()).toBe(dialog);
  expect(dialog).toContain('<div id="oko-docx"></div>');
  expect(dialog).toContain('docxImport');
  expect(dialog).not.toMatch(/exceljs|jszip/i);
  expect(dialog.match(/<\/script/gi)).toHaveLength(1);
});

describe.each(seedFiles().slice(0, 6))('seed %s as a Word document', (file) => {
  test('imports to a new sheet equal to oko import’s, checked alike, in a bounded number of calls', async () => {
    const bytes = await seedDocx(file);
    const want = await importReference(bytes, file);
    const gas = bookGas();
    gas.fake.log.reset();
    const got = await importIn(gas, bytes, file);
    if (!got.ok) throw new Error(got.message);
    const book = gas.fake.book;
    expect(got.sheet).toBe(want.outcome.sheet);
    expect(book.getActiveSheet().getName()).toBe(got.sheet);
    expect(
      book
        .getSheets()
        .map((s) => s.getName())
        .slice(0, 2),
    ).toEqual(['Лист1', got.sheet]);
    expect(book.sheet('Лист1').getRange(1, 1).getValue()).toBe('Заметки методиста');
    const sheet = book.sheet(got.sheet);
    const width = want.width;
    const cells = sheet.getRange(1, 1, want.cells.length, width).getValues();
    expect(cells.map((r) => r.map(cellText))).toEqual(want.cells);
    expect(want.grid.merges.length).toBeGreaterThan(0);
    expect(sheet.merges.map(mergeKey).sort()).toEqual(want.grid.merges.map(mergeKey).sort());
    expect(got.report.issues).toEqual(want.outcome.report.issues);
    expect(got.report.items).toBe(want.outcome.report.items);
    expect(got.message).toBe(want.outcome.message);
    // Batched: one setValues of the whole table, every merge in one Sheets API call, one setWrap per column.
    const log = gas.fake.log;
    expect(log.count('Utilities.unzip')).toBe(1);
    expect(log.count('setValues', got.sheet)).toBe(1);
    expect(log.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(log.count('merge')).toBe(0);
    expect(log.count('setWrap', got.sheet)).toBeLessThanOrEqual(width);
    expect(log.calls.filter((c) => c.sheet === got.sheet).length).toBeLessThan(40);
    expect(log.calls.length).toBeLessThan(120);
  });
});

test('without the Sheets API service: the same merges, one Range.merge per merged area', async () => {
  const bytes = await seedDocx(seedFiles()[1] ?? '');
  const want = await importReference(bytes, 'План.docx');
  const gas = loadGas(
    built,
    createAppsScript({ Sidebar: built.sidebar, DocxDialog: dialog }, 'Europe/Moscow', { advancedSheets: false }),
  );
  gas.fake.book.addSheet('Лист1', [['Заметки']]);
  const got = await importIn(gas, bytes, 'План.docx');
  if (!got.ok) throw new Error(got.message);
  const merges = gas.fake.book.sheet(got.sheet).merges;
  expect(merges.map(mergeKey).sort()).toEqual(want.grid.merges.map(mergeKey).sort());
  expect(gas.fake.log.count('merge', got.sheet)).toBe(merges.length);
});

test('the Sheets API in the manifest but switched off in the project: the same merges, one by one', async () => {
  const bytes = await seedDocx(seedFiles()[1] ?? '');
  const want = await importReference(bytes, 'План.docx');
  const gas = loadGas(
    built,
    createAppsScript({ Sidebar: built.sidebar, DocxDialog: dialog }, 'Europe/Moscow', { advancedSheets: 'refusing' }),
  );
  gas.fake.book.addSheet('Лист1', [['Заметки']]);
  const got = await importIn(gas, bytes, 'План.docx');
  if (!got.ok) throw new Error(got.message);
  const merges = gas.fake.book.sheet(got.sheet).merges;
  expect(merges.map(mergeKey).sort()).toEqual(want.grid.merges.map(mergeKey).sort());
  expect(gas.fake.log.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
  expect(gas.fake.log.count('merge', got.sheet)).toBe(merges.length);
});

test('a second import gets a name of its own; the first is kept', async () => {
  const bytes = await seedDocx(seedFiles()[0] ?? '');
  const gas = bookGas();
  const first = await importIn(gas, bytes, 'План.docx');
  const second = await importIn(gas, bytes, 'План.docx');
  expect(first.ok && second.ok).toBe(true);
  if (!first.ok || !second.ok) return;
  expect(second.sheet).toBe(`${first.sheet} (2)`);
  expect(gas.fake.book.getSheetByName(first.sheet)).not.toBeNull();
});

describe('bad input: one Russian line, no sheet added', () => {
  test.each(BAD_DOCX)('%s, through the dialog and sent to the server directly', async (_, make, message) => {
    const bytes = await make();
    const gas = bookGas();
    const sheets = gas.fake.book.getSheets().map((s) => s.getName());
    const viaDialog = await importIn(gas, bytes, 'план.docx');
    expect(viaDialog).toEqual({ ok: false, message: message('план.docx') });
    // The server does not trust the page: the same refusal when the bytes arrive unchecked.
    const direct = gas.run('docxImport', toBase64(bytes), 'план.docx');
    expect(direct).toEqual({ ok: false, message: message('план.docx') });
    expect(gas.fake.book.getSheets().map((s) => s.getName())).toEqual(sheets);
    expect(gas.fake.log.count('insertSheet')).toBe(0);
    expect(gas.fake.ui.alerts).toEqual([]);
  });

  test('text that is not base64, and a file too big to send', async () => {
    const gas = bookGas();
    expect(gas.run('docxImport', '%%% не base64 %%%', 'план.docx')).toEqual({
      ok: false,
      message: ru.docxImport.badUpload,
    });
    const big = await importIn(gas, new Uint8Array(21 * 1024 * 1024), 'план.docx');
    expect(big).toEqual({ ok: false, message: ru.docxImport.fileTooBig('план.docx', 20) });
    expect(gas.fake.log.count('insertSheet')).toBe(0);
  });
});
