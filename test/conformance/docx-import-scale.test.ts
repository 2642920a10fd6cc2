/**
 * A 10,000-row Word plan imported on the Excel fake and on the Sheets fake (the built Code.js):
 * Excel syncs and Sheets calls stay a handful (Sheets merges in one API call), never one per cell
 * or per merged area; the times are printed.
 */
import { planDocx } from '../../cli/plan-docx';
import { fileKit } from '../../office-addin/checklists/file-kit';
import { officeDocxImportBridge } from '../../office-addin/docx/docx-import-bridge';
import { runDocxDialog } from '../../gas/sidebar/docx-dialog-run';
import type { DocxImportOutcome } from '../../core/docx/docx-import-flow';
import { createAppsScript } from '../gas/fake-apps-script';
import { buildGas, loadGas } from '../gas/gas-harness';
import { bookOf, rig } from '../excel/excel-fixture';

const ROWS = 10_000;
let docx: Uint8Array;

beforeAll(async () => {
  const rows = ['№\tМероприятие\tСроки\tОтветственные'];
  for (let i = 1; i <= ROWS; i++)
    rows.push(`${i}.\tМероприятие номер ${i}\t${i % 2 ? 'Май 2022' : 'Июнь 2022'}\t${i % 3 === 0 ? 'ЦРО' : 'УО'}`);
  docx = await planDocx(`План мероприятий на 2021-2022 учебный год\n\n${rows.join('\n')}`);
}, 120000);

const file = () => ({
  name: 'big.docx',
  lastModified: 0,
  arrayBuffer: () => Promise.resolve(new Uint8Array(docx).buffer),
});

test(`Excel: ${ROWS} rows in a bounded number of syncs`, async () => {
  const book = bookOf([['Заметки']], 'Лист1');
  const r = rig(book);
  const bridge = officeDocxImportBridge(r.host, { kit: () => Promise.resolve(fileKit) });
  const started = Date.now();
  const got = await bridge.importDocx(file());
  const ms = Date.now() - started;
  if (!got.ok) throw new Error(got.message);
  expect(book.sheet(got.sheet).rows.length).toBeGreaterThan(ROWS);
  const merges = book.sheet(got.sheet).merges.length;
  expect(r.fake.stats.count('merge')).toBe(merges);
  expect(r.fake.stats.syncs.length).toBeLessThan(30);
  process.stdout.write(
    `Excel, импорт ${ROWS} строк из Word: ${ms} мс, синхронизаций ${r.fake.stats.syncs.length}, объединений ${merges}\n`,
  );
}, 120000);

test(`Google Sheets: ${ROWS} rows in a bounded number of calls`, async () => {
  const built = buildGas();
  const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar }));
  gas.fake.book.addSheet('Лист1', [['Заметки']]);
  gas.fake.log.reset();
  const started = Date.now();
  const got = await runDocxDialog(
    { name: 'big.docx', arrayBuffer: () => Promise.resolve(new Uint8Array(docx).buffer) },
    { send: (b64, name) => Promise.resolve(gas.run('docxImport', b64, name) as DocxImportOutcome) },
  );
  const ms = Date.now() - started;
  if (!got.ok) throw new Error(got.message);
  const merges = gas.fake.book.sheet(got.sheet).merges.length;
  const calls = gas.fake.log.calls.length;
  expect(gas.fake.log.count('setValues', got.sheet)).toBe(1);
  expect(gas.fake.log.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
  expect(calls).toBeLessThan(150);
  process.stdout.write(
    `Google Таблицы, импорт ${ROWS} строк из Word: ${ms} мс, вызовов ${calls}, объединений ${merges}\n`,
  );
}, 120000);
