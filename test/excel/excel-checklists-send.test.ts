/**
 * «Подготовить книгу» and «Разослать» in the Excel task pane (its bridge and file kit, no
 * browser): the sheets added once, one protected file per school named by its code — the CLI's
 * contract layout — all of them in one .zip, and Russian answers where the book is not ready.
 */
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { DEFAULT_INDICATORS } from '../../core/checklists/default-template';
import { ru } from '../../core/messages/ru';
import type { MadeFiles } from '../../panel/bridge';
import { checklistRig, templateIdOf, typeSchools } from './checklist-excel-fixture';
import { formulaCells } from './excel-fixture';

type Made = Extract<MadeFiles, { ok: true }>;

async function made(
  codes: readonly string[],
): Promise<{ result: Made; progress: [number, number][]; templateId: string }> {
  const r = checklistRig();
  await r.bridge.prepare();
  typeSchools(r.fake.book.sheet('Школы'), codes);
  const progress: [number, number][] = [];
  const result = await r.bridge.makeFiles((done, total) => progress.push([done, total]));
  if (!result.ok) throw new Error(result.message);
  return { result, progress, templateId: templateIdOf(r.fake.book) };
}

test('«Подготовить книгу»: «Школы», «Чек-лист» and «Журнал» added once, a template id of its own', async () => {
  const r = checklistRig();
  const first = await r.bridge.prepare();
  expect(first).toEqual({ created: ['Школы', 'Чек-лист'], message: 'Добавлены листы: «Школы», «Чек-лист».' });
  expect(r.fake.book.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ['Лист1', 'Visible'],
    ['Школы', 'Visible'],
    ['Чек-лист', 'Visible'],
    ['_oko_template', 'Hidden'],
    ['Журнал', 'Visible'],
  ]);
  expect(templateIdOf(r.fake.book)).toMatch(/^CL-[0-9A-F]{8}$/);
  const second = await r.bridge.prepare();
  expect(second).toEqual({ created: [], message: ru.checklists.prepare.exists });
  const other = checklistRig();
  await other.bridge.prepare();
  expect(templateIdOf(other.fake.book)).not.toBe(templateIdOf(r.fake.book));
});

test('«Разослать» before the book is ready: a Russian answer, nothing made', async () => {
  const r = checklistRig();
  const none = await r.bridge.makeFiles(() => undefined);
  expect(none).toEqual({ ok: false, message: ru.checklists.problems.noSheets(['Школы', 'Чек-лист']) });
  await r.bridge.prepare();
  expect(await r.bridge.makeFiles(() => undefined)).toEqual({ ok: false, message: ru.checklists.problems.noSchools });
});

test('«Разослать»: one protected .xlsx per school in the contract layout, all of them in one .zip', async () => {
  const codes = ['101', '102', '103'];
  const { result, progress, templateId } = await made(codes);
  expect(result.files.map((f) => [f.name, f.title])).toEqual(
    codes.map((c) => [`${c}.xlsx`, `Чек-лист ОКО: МБОУ «СОШ № ${c}»`]),
  );
  expect(progress).toEqual([
    [1, 3],
    [2, 3],
    [3, 3],
  ]);
  expect(result.message).toMatch(
    new RegExp(
      `^Чек-лист: версия от \\d\\d\\.\\d\\d\\.\\d{4}, показателей: ${DEFAULT_INDICATORS.length}\\. Готово файлов школ: 3\\.`,
    ),
  );
  expect(result.zip.name).toMatch(/^Чек-листы школ \d{4}-\d{2}-\d{2}\.zip$/);

  const zip = await JSZip.loadAsync(result.zip.bytes);
  expect(Object.keys(zip.files).sort()).toEqual(codes.map((c) => `${c}.xlsx`));
  const inZip = await zip.file('102.xlsx')?.async('uint8array');
  expect(Buffer.from(inZip ?? []).equals(Buffer.from(result.files[1]?.bytes ?? []))).toBe(true);

  const wb = new Workbook();
  await wb.xlsx.load((result.files[1]?.bytes ?? new Uint8Array()).slice().buffer);
  const ws = wb.getWorksheet('Чек-лист');
  const meta = wb.getWorksheet('_oko');
  if (!ws || !meta) throw new Error('sheets missing');
  expect([1, 2, 3, 4].map((c) => ws.getCell(1, c).value)).toEqual([
    'Код',
    'Показатель',
    'Ответ',
    'Комментарий / ссылка',
  ]);
  DEFAULT_INDICATORS.forEach((ind, k) => {
    expect([ws.getCell(k + 2, 1).value, ws.getCell(k + 2, 2).value]).toEqual([ind.id, ind.text]);
    expect(ws.getCell(k + 2, 3).dataValidation.type).toBe(
      { choice: 'list', number: 'decimal', date: 'date', link: 'textLength' }[ind.type],
    );
    expect([ws.getCell(k + 2, 3).protection?.locked, ws.getCell(k + 2, 4).protection?.locked]).toEqual([false, false]);
  });
  expect(Reflect.get(ws, 'sheetProtection')).toMatchObject({ sheet: true });
  expect(meta.state).toBe('veryHidden');
  expect([meta.getCell(1, 2).value, meta.getCell(3, 2).value]).toEqual([templateId, '102']);
});

test('two codes that give one file name: the first keeps it, the other is named in a warning', async () => {
  const { result } = await made(['А/1', 'А_1', '7']);
  expect(result.files.map((f) => f.name)).toEqual(['А_1.xlsx', '7.xlsx']);
  expect(result.warnings).toEqual([ru.checklists.cli.nameClash('А_1', 'А_1.xlsx')]);
});

test('«Разослать» only reads the book: no sheet changes, no formula anywhere', async () => {
  const r = checklistRig();
  await r.bridge.prepare();
  typeSchools(r.fake.book.sheet('Школы'), ['=1+1', '+7']);
  r.fake.stats.reset();
  const result = await r.bridge.makeFiles(() => undefined);
  expect(result.ok && result.files.map((f) => f.name)).toEqual(['=1+1.xlsx', '+7.xlsx']);
  expect([...r.fake.stats.calls.keys()]).toEqual([]);
  expect(formulaCells(r.fake.book)).toEqual([]);
});
