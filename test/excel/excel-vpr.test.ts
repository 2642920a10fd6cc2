/**
 * «ВПР» in the Excel task pane, through the Excel adapter on the fake: the picked files are read by
 * the pane's file kit, analysed by core, and the sheet is built in the open book — twice, one
 * sheet and one chart, the official's «Параметры» kept, the plan untouched, syncs constant.
 */
import { ru } from '../../core/messages/ru';
import { fileKit } from '../../office-addin/checklists/file-kit';
import { officeVprBridge } from '../../office-addin/vpr/vpr-bridge';
import type { PickedFile } from '../../panel/bridge';
import { PLANTED, vprMunicipality, xlsxOf } from '../vpr/municipality';
import { bookOf, rig, snapshot } from './excel-fixture';

let files: PickedFile[];

beforeAll(async () => {
  files = [];
  for (const f of vprMunicipality()) {
    const bytes = await xlsxOf(f.rows);
    files.push({ name: f.name, lastModified: 0, arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer) });
  }
}, 120000);

test('analyses the picked files into the open book, rebuilt in place', async () => {
  const book = bookOf([['План мероприятий'], ['№', 'Мероприятие', 'Сроки']]);
  const r = rig(book);
  const bridge = officeVprBridge(r.host, { kit: () => Promise.resolve(fileKit) });
  const before = snapshot(book.sheet('План'));
  const seen: string[] = [];
  const first = await bridge.analyse(files, (text, done, total) => seen.push(`${done}/${total} ${text}`));
  expect(first.ok).toBe(true);
  expect(first.index).toContain('Индекс объективности муниципалитета');
  for (const at of Object.values(PLANTED).slice(0, 4))
    expect(first.flagged.some((l) => l.includes(at.login))).toBe(true);
  expect(seen.some((s) => s.startsWith('8/8'))).toBe(true);
  expect(seen.filter((s) => s.includes('Читаю файл'))).not.toHaveLength(0);
  expect(book.sheet(ru.vpr.sheetName).charts).toHaveLength(1);
  const syncs1 = r.fake.stats.syncs.length;

  const params = book.sheet(ru.vpr.paramsSheet);
  params.at(3, 1).value = 70;
  const second = await bridge.analyse(files, () => undefined);
  expect(second.flagged).toEqual([]);
  expect(book.sheets.map((s) => s.name)).toEqual(['План', ru.vpr.paramsSheet, ru.vpr.sheetName]);
  expect(book.sheet(ru.vpr.sheetName).charts).toHaveLength(1);
  expect(snapshot(book.sheet('План'))).toEqual(before);
  // A rebuild reads the old sheet and finds the old chart: a few syncs more, never one per row.
  expect(r.fake.stats.syncs.length - syncs1).toBeLessThan(syncs1 + 6);
});

test('names what it cannot read and writes nothing when nothing can be read', async () => {
  const book = bookOf([['План']]);
  const r = rig(book);
  const bridge = officeVprBridge(r.host, { kit: () => Promise.resolve(fileKit) });
  const junk: PickedFile = {
    name: 'заметки.xlsx',
    lastModified: 0,
    arrayBuffer: () => Promise.resolve(new Uint8Array([1, 2, 3]).buffer),
  };
  const o = await bridge.analyse([junk], () => undefined);
  expect(o.ok).toBe(false);
  expect(o.notes.join()).toContain('заметки.xlsx');
  expect(book.sheets.map((s) => s.name)).toEqual(['План']);
});
