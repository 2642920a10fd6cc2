/**
 * «ОКО-план → Объективность ВПР…» on the Sheets fake with the built Code.js and VprDialog.html:
 * the menu opens the dialog; the dialog's own code (run here in Node, reading the files with
 * zlib in place of the browser's DecompressionStream) asks the server for the «Параметры»,
 * analyses the synthetic municipality and has the server write the sheet. Built twice: one
 * sheet, one native chart, the official's parameters kept, no new OAuth scope.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ru } from '../../core/messages/ru';
import type { VprOutcome } from '../../core/vpr/vpr-outcome';
import { runVprDialog, type PickedBook } from '../../gas/sidebar/vpr-dialog-run';
import type { VprParamsReply, VprWriteReply } from '../../gas/vpr-server';
import { PLANTED, vprMunicipality, xlsxOf } from '../vpr/municipality';
import { createAppsScript } from './fake-apps-script';
import { buildGas, DIST, loadGas, type Built, type Gas } from './gas-harness';

let built: Built;
let dialog: string;
let files: PickedBook[];

beforeAll(async () => {
  built = buildGas();
  dialog = readFileSync(join(DIST, 'VprDialog.html'), 'utf8');
  files = [];
  for (const f of vprMunicipality()) {
    const bytes = await xlsxOf(f.rows);
    files.push({ name: f.name, arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer) });
  }
}, 120000);

function run(gas: Gas, picked: readonly PickedBook[]): Promise<VprOutcome> {
  const progress: string[] = [];
  return runVprDialog(picked, {
    zip: { inflate: (d) => Promise.resolve(inflateRawSync(d)), decode: (d) => new TextDecoder().decode(d) },
    // google.script.run sends JSON both ways: so does this.
    params: () => Promise.resolve(JSON.parse(JSON.stringify(gas.run('vprParams'))) as VprParamsReply),
    write: (json) => Promise.resolve(JSON.parse(JSON.stringify(gas.run('vprWrite', json))) as VprWriteReply),
    progress: (text) => progress.push(text),
    pause: () => Promise.resolve(),
  }).then((o) => {
    expect(progress.filter((p) => p.startsWith('Читаю файл'))).toHaveLength(picked.length);
    return o;
  });
}

describe('Объективность ВПР on Google Sheets', () => {
  it('is a menu item opening the dialog, which bundles no ExcelJS and stays small', () => {
    const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar, VprDialog: dialog }));
    gas.run('onOpen');
    const items = gas.fake.ui.menus.flatMap((m) => m.items);
    expect(items).toContainEqual({ caption: ru.vpr.host.menu, functionName: 'menuVpr' });
    gas.run('menuVpr');
    expect(gas.fake.ui.dialogs.map((d) => d.title)).toEqual([ru.vpr.host.dialogTitle]);
    expect(dialog).toContain('DecompressionStream');
    expect(dialog).not.toMatch(/exceljs|jszip/i);
    expect(Buffer.byteLength(dialog)).toBeLessThan(250 * 1024);
    expect(JSON.parse(built.manifest).oauthScopes).toEqual(
      JSON.parse(readFileSync('manifests/appsscript.json', 'utf8')).oauthScopes,
    );
  });

  it('builds the sheet in the open book, rebuilt in place, with the book’s parameters', async () => {
    const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar, VprDialog: dialog }));
    gas.fake.book.addSheet('План', [['План мероприятий']]);
    const first = await run(gas, files);
    expect(first.ok).toBe(true);
    expect(first.index).toContain('Индекс объективности муниципалитета');
    for (const at of Object.values(PLANTED).slice(0, 4))
      expect(first.flagged.some((l) => l.includes(at.login))).toBe(true);
    expect(first.notes).toContain(ru.vpr.host.paramsCreated);
    const book = gas.fake.book;
    const sheet = book.getSheetByName(ru.vpr.sheetName);
    expect(sheet?.getCharts()).toHaveLength(1);
    expect(book.getSheetByName('План')?.getRange(1, 1).getValue()).toBe('План мероприятий');
    // The official raises the minimum: nothing is judged any more.
    const params = book.getSheetByName(ru.vpr.paramsSheet);
    params?.getRange(4, 2).setValue(70);
    const second = await run(gas, files);
    expect(second.flagged).toEqual([]);
    expect(second.notes).not.toContain(ru.vpr.host.paramsCreated);
    expect(book.getSheets().map((s) => s.getName())).toEqual(['План', ru.vpr.paramsSheet, ru.vpr.sheetName]);
    expect(book.getSheetByName(ru.vpr.sheetName)?.getCharts()).toHaveLength(1);
  });

  it('names the files it cannot read and writes nothing when none can be', async () => {
    const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar, VprDialog: dialog }));
    const junk: PickedBook = {
      name: 'заметки.xlsx',
      arrayBuffer: () => Promise.resolve(new Uint8Array([1, 2, 3]).buffer),
    };
    const o = await run(gas, [junk]);
    expect(o.ok).toBe(false);
    expect(o.notes.join()).toContain('заметки.xlsx');
    expect(gas.fake.book.getSheetByName(ru.vpr.sheetName)).toBeNull();
  });
});
