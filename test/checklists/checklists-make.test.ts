/**
 * `oko checklists init|make` and every refusal of the checklist commands, run as a user runs
 * them: the files one school receives, and exit 2 with one Russian line for what cannot be done.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { DEFAULT_INDICATORS } from '../../core/checklists/default-template';
import { buildOko, isRussianOneLiner, runOko } from '../cli/run-oko';
import { addSchools, bytes, readGrids, sheetValues, writeText } from './checklist-fixture';

let dir = '';
let book = '';
let files = '';

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-checklists-make-'));
  book = join(dir, 'Книга.xlsx');
  files = join(dir, 'файлы');
  expect(runOko(['checklists', 'init', book]).code).toBe(0);
  await addSchools(book, ['101', '102']);
  expect(runOko(['checklists', 'make', book, '--out', files]).code).toBe(0);
  writeText(join(dir, 'не-книга.xlsx'), 'просто текст');
}, 60000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('init', () => {
  test('adds the sheets to an existing book, keeps its sheets and a backup; never overwrites', async () => {
    const plan = join(dir, 'план.xlsx');
    const wb = new Workbook();
    wb.addWorksheet('План').getCell(1, 1).value = 'План мероприятий';
    await wb.xlsx.writeFile(plan);
    const r = runOko(['checklists', 'init', plan]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Добавлены листы: «Школы», «Чек-лист».');
    expect(existsSync(join(dir, 'план.bak.xlsx'))).toBe(true);
    const grids = await readGrids(plan);
    expect([...grids.keys()]).toEqual(['План', 'Школы', 'Чек-лист', '_oko_template', 'Журнал']);
    expect(sheetValues(grids, 'План')).toEqual([['План мероприятий']]);
    const before = bytes(book);
    const again = runOko(['checklists', 'init', book]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('ничего не изменено');
    expect(bytes(book).equals(before)).toBe(true);
  });
});

describe('make', () => {
  test('one protected file per school in the contract layout', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(join(files, '101.xlsx'));
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
      expect(ws.getCell(k + 2, 1).value).toBe(ind.id);
      expect(ws.getCell(k + 2, 2).value).toBe(ind.text);
      const dv = ws.getCell(k + 2, 3).dataValidation;
      expect(dv.type).toBe({ choice: 'list', number: 'decimal', date: 'date', link: 'textLength' }[ind.type]);
      if (ind.type === 'choice') expect(dv.formulae).toEqual(['"Да,Нет,Частично"']);
      expect(ws.getCell(k + 2, 3).protection?.locked).toBe(false);
      expect(ws.getCell(k + 2, 4).protection?.locked).toBe(false);
      expect(ws.getCell(k + 2, 1).protection?.locked).not.toBe(false);
    });
    expect(Reflect.get(ws, 'sheetProtection')).toMatchObject({ sheet: true }); // not in ExcelJS's typings
    expect(meta.state).toBe('veryHidden');
    expect(meta.getCell(3, 2).value).toBe('101');
  });
});

describe('refusals', () => {
  test('a book without «Школы» and «Чек-лист»: exit 2, one Russian line naming `init`', async () => {
    const plain = join(dir, 'только-план.xlsx');
    const wb = new Workbook();
    wb.addWorksheet('План').getCell(1, 1).value = 'План мероприятий';
    await wb.xlsx.writeFile(plain);
    for (const args of [
      ['make', plain, '--out', join(dir, 'x')],
      ['collect', plain, files],
    ]) {
      const r = runOko(['checklists', ...args]);
      expect(r.code).toBe(2);
      expect(isRussianOneLiner(r.stderr)).toBe(true);
      expect(r.stderr).toContain('oko checklists init');
    }
  });

  test.each([
    [['checklists'], 'Не указано действие'],
    [['checklists', 'send', 'a.xlsx'], '«send»'],
    [['checklists', 'make', 'a.xlsx'], 'Не указана папка для файлов школ'],
    [['checklists', 'collect', 'a.xlsx'], 'Не указана папка с файлами школ'],
    [['checklists', 'collect', 'a.xlsx', 'd', 'e'], '«e»'],
  ])('%j → exit 2', (args, fragment) => {
    const r = runOko(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(fragment);
  });

  test('a folder that does not exist, an unreadable book: exit 2', () => {
    const r = runOko(['checklists', 'collect', book, join(dir, 'нет-папки')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('не найдена');
    const bad = runOko(['checklists', 'collect', join(dir, 'не-книга.xlsx'), files]);
    expect(bad.code).toBe(2);
    expect(isRussianOneLiner(bad.stderr)).toBe(true);
  });
});
