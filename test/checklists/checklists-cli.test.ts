/**
 * «Чек-листы школ» end to end on the CLI, as an official runs it: init a book, list 30 schools,
 * make the files, let schools fill them (empty, partial, «да »/«ДА», formula injection, a deleted
 * row, another template version, an unknown code, a duplicate newer file, a non-xlsx file),
 * collect, and check the book cell by cell; then collect again and again.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValueType, Workbook } from 'exceljs';
import { DEFAULT_INDICATORS } from '../../core/checklists/default-template';
import type { CollectJson } from '../../core/checklists/collect-json';
import type { CellValue, Grid } from '../../core/grid/grid';
import { offsetOf, ruDateTime } from '../../core/grid/datetime';
import { localIso } from '../../cli/checklist-run-context';
import { buildOko, runOko } from '../cli/run-oko';
import {
  CODES,
  NOT_SUBMITTED,
  QUARANTINED,
  returnFile,
  schoolsReturnFiles,
  statusOf,
  T,
  type ScenarioFolders,
  type Sent,
} from './school-scenario';
import {
  addSchools,
  bytes,
  firstTable,
  fullAnswers,
  IDS,
  readGrids,
  schoolName,
  sheetValues,
} from './checklist-fixture';

let dir = '';
let book = '';
let files = '';
let answers = '';
const out = (n: number): string => join(dir, `итог-${n}.xlsx`);

const sent: Sent = new Map();
const folders = (): ScenarioFolders => ({
  made: files,
  madeOtherVersion: join(dir, 'файлы-2'),
  madeUnknownSchool: join(dir, 'файлы-3'),
  answers,
});

async function editTemplateText(target: string): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(target);
  const ws = wb.getWorksheet('Чек-лист');
  if (!ws) throw new Error('no Чек-лист');
  ws.getCell(3 + IDS.length, 2).value = 'Ссылка на страницу сайта ОО об объективности ОКО (новая формулировка)';
  await wb.xlsx.writeFile(target);
}

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-checklists-'));
  book = join(dir, 'Книга УО.xlsx');
  files = join(dir, 'файлы');
  answers = join(dir, 'ответы');
  mkdirSync(answers);
  expect(runOko(['checklists', 'init', book]).code).toBe(0);
  await addSchools(book, CODES);
  expect(runOko(['checklists', 'make', book, '--out', files]).code).toBe(0);

  // Another version: the same book with one wording edited after the files went out.
  const edited = join(dir, 'правка.xlsx');
  copyFileSync(book, edited);
  await editTemplateText(edited);
  expect(runOko(['checklists', 'make', edited, '--out', join(dir, 'файлы-2')]).code).toBe(0);
  // An unknown school: a file made from a copy of the book that lists one more school.
  const other = join(dir, 'другая.xlsx');
  copyFileSync(book, other);
  await addSchools(other, [...CODES, '999']);
  expect(runOko(['checklists', 'make', other, '--out', join(dir, 'файлы-3')]).code).toBe(0);

  await schoolsReturnFiles(folders(), sent);
}, 120000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('collect', () => {
  let grids: Map<string, Grid>;
  let json: CollectJson;

  beforeAll(async () => {
    const dry = runOko(['checklists', 'collect', book, answers]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('пробный прогон');
    const r = runOko(['checklists', 'collect', book, answers, '--out', out(1)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    grids = await readGrids(out(1));
    const j = runOko(['checklists', 'collect', out(1), answers, '--json']);
    expect(j.code).toBe(0);
    json = JSON.parse(j.stdout) as CollectJson;
  }, 120000);

  test('«Свод чек-листов»: one row per school, cell by cell', () => {
    const table = firstTable(sheetValues(grids, 'Свод чек-листов'));
    expect(table[0]).toEqual(['Код ОО', 'Наименование', 'Статус', 'Дата сдачи', 'Файл', 'Изменён', ...IDS]);
    expect(table).toHaveLength(CODES.length + 1);
    CODES.forEach((code, k) => {
      const s = statusOf(code) === 'На доработке' ? undefined : sent.get(code);
      const when = s ? localIso(s.modified) : null;
      const expected: CellValue[] = [
        code,
        schoolName(code),
        statusOf(code),
        when && statusOf(code) !== 'Не открыт' ? { date: when.slice(0, 10) } : null,
        s?.file ?? null,
        when ? ruDateTime(when, offsetOf(when)) : null,
        ...(s?.answers ?? IDS.map(() => null)),
      ];
      while (expected.length > 0 && expected[expected.length - 1] === null) expected.pop();
      expect({ code, row: table[k + 1] }).toEqual({ code, row: expected });
    });
  });

  test('answers are normalised: «да », «ДА», « частично », «12», «20.05.2025»', () => {
    const row = firstTable(sheetValues(grids, 'Свод чек-листов')).find((r) => r[0] === '104') ?? [];
    expect(row.slice(6)).toEqual([
      'Да',
      'Да',
      'Нет',
      'Частично',
      'Частично',
      'Да',
      'Да',
      'Да',
      'Да',
      12,
      { date: '2025-05-20' },
      'https://school104.example/oko',
    ]);
  });

  test('answer cells are coloured: Да green, Нет red, Частично amber', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(out(1));
    const ws = wb.getWorksheet('Свод чек-листов');
    if (!ws) throw new Error('no Свод');
    const argb = (r: number, c: number): unknown => {
      const f = ws.getCell(r, c).fill;
      return f && f.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    const row111 = CODES.indexOf('111') + 2;
    expect([argb(row111, 7), argb(row111, 8), argb(row111, 9)]).toEqual(['FFC6EFCE', 'FFFFC7CE', 'FFFFEB9C']);
    expect(argb(row111, 16)).toBeUndefined();
    expect(argb(CODES.indexOf('121') + 2, 7)).toBeUndefined();
  });

  test('quarantine: each refused file with its Russian reason, none merged', () => {
    expect(json.quarantine.map((q) => [q.file, q.code])).toEqual(QUARANTINED);
    const reason = (f: string): string => json.quarantine.find((q) => q.file === f)?.reason ?? '';
    expect(reason('106.xlsx')).toMatch(/Удалены строки показателей: 2\.3\./);
    expect(reason('107.xlsx')).toMatch(/прежней версии чек-листа/);
    expect(reason('109.xlsx')).toMatch(/не является книгой Excel/);
    expect(reason('109.xlsx')).not.toContain(dir);
    expect(reason('112.xlsx')).toMatch(/Недопустимые ответы: 2\.1: «может быть» — нужно: Да, Нет или Частично/);
    expect(reason('999.xlsx')).toMatch(/Код школы «999» не найден/);
    expect(reason('readme.txt')).toMatch(/Файл не \.xlsx: не прочитан/);
    expect(reason('~$101.xlsx')).toMatch(/Служебный файл Excel/);
    const values = sheetValues(grids, 'Свод чек-листов');
    const at = values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Файлы, не принятые'));
    expect(values.slice(at + 2, at + 2 + QUARANTINED.length).map((r) => [r[0], r[2]])).toEqual(
      json.quarantine.map((q) => [q.file, q.reason]),
    );
  });

  test('«не представили»: everyone but «Сдан» and «Принят», in the JSON and in the sheet', () => {
    expect(json.notSubmitted).toEqual(NOT_SUBMITTED);
    expect(json.schools).toHaveLength(CODES.length);
    expect(json.schools.find((s) => s.code === '108')).toEqual({
      code: '108',
      name: schoolName('108'),
      status: 'Сдан',
      submitted: localIso(T(12)),
      file: '108 (2).xlsx',
    });
    expect(json.schools.find((s) => s.code === '121')).toEqual({
      code: '121',
      name: schoolName('121'),
      status: 'Не открыт',
      submitted: null,
      file: null,
    });
    const values = sheetValues(grids, 'Свод чек-листов');
    const at = values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Не представили'));
    expect(values[at]?.[0]).toContain(String(NOT_SUBMITTED.length));
    expect(values.slice(at + 2, at + 2 + NOT_SUBMITTED.length).map((r) => r[0])).toEqual(NOT_SUBMITTED);
  });

  test('per-indicator totals count «Да» among the schools with answers', () => {
    // Only the schools that handed in (all required answers): the same base as «сдали».
    const counted = CODES.filter((c) => sent.has(c) && ['Сдан', 'Принят'].includes(statusOf(c))).map(
      (c) => sent.get(c)?.answers ?? [],
    );
    expect(counted.length).toBeGreaterThan(5);
    expect(counted.length).toBeLessThan(15);
    const expected = DEFAULT_INDICATORS.map((ind, k) => {
      const given = counted.map((a) => a[k] ?? null).filter((v) => v !== null);
      const yes = ind.type === 'choice' ? given.filter((v) => v === 'Да').length : given.length;
      const no = given.filter((v) => v === 'Нет').length;
      const partial = given.filter((v) => v === 'Частично').length;
      return {
        id: ind.id,
        text: ind.text,
        type: ind.type,
        yes,
        no,
        partial,
        empty: counted.length - given.length,
        yesPercent: Math.round((yes * 1000) / counted.length) / 10,
      };
    });
    expect(json.indicators).toEqual(expected);

    expect(json.indicators.find((i) => i.id === '2.12')).toMatchObject({
      type: 'link',
      yes: 6,
      no: 0,
      partial: 0,
      empty: 8,
      yesPercent: 42.9,
    });
  });

  test('«Школы»: statuses and dates written, the official’s columns untouched', () => {
    const values = sheetValues(grids, 'Школы');
    expect(values[0]).toEqual(['Код ОО', 'Наименование', 'Ответственный', 'E-mail', 'Ссылка', 'Статус', 'Дата сдачи']);
    CODES.forEach((code, k) => {
      const row = values[k + 1] ?? [];
      expect(row.slice(0, 4)).toEqual([code, schoolName(code), `Иванова И. И. (${code})`, `school${code}@edu.example`]);
      expect(row[5]).toBe(statusOf(code));
    });
    expect(values[CODES.indexOf('108') + 1]?.[6]).toEqual({ date: localIso(T(12)).slice(0, 10) });
  });

  test('school text is data: =…, +…, -…, @… reach the book as text, a formula only as its value', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(out(1));
    const ws = wb.getWorksheet('Свод чек-листов');
    if (!ws) throw new Error('no Свод');
    const comments = new Map<string, unknown>();
    let inComments = false;
    ws.eachRow((row) => {
      inComments ||= row.getCell(1).value === 'Комментарии и ссылки школ';
      if (inComments && row.getCell(1).value === '105') {
        const cell = row.getCell(4);
        if (cell.value !== null) {
          // Text, or for a web address a real link: never a formula.
          expect([ValueType.String, ValueType.Hyperlink]).toContain(cell.type);
          comments.set(String(row.getCell(2).value), cell.value);
        }
      }
    });
    expect(Object.fromEntries(comments)).toEqual({
      '2.1': { text: 'жми — http://evil.example', hyperlink: 'http://evil.example' },
      '2.2': '+7 (912) 000-00-00',
      '2.3': '-1',
      '2.4': '@SUM(A1:A2)',
      '2.5': 'ссылка',
    });
  });

  test('«Журнал»: the run, who, and every file merged, superseded or quarantined', () => {
    const rows = sheetValues(grids, 'Журнал');
    expect(rows[0]).toEqual(['Когда', 'Кто', 'Действие', 'Файл', 'Код ОО', 'Итог', 'Подробности']);
    const outcome = (file: string): unknown => rows.find((r) => r[3] === file)?.[5];
    expect(outcome('101.xlsx')).toBe('Включён в свод');
    expect(outcome('108.xlsx')).toBe('Заменён более новым');
    expect(outcome('108 (2).xlsx')).toBe('Включён в свод');
    expect(outcome('999.xlsx')).toBe('Не принят (ошибки в файле)');
    expect(rows.filter((r) => r[2] === 'Сбор чек-листов' && r[3] === null)).toHaveLength(1);
  });

  test('the official’s «Принят» survives, a collect twice gives the same book, a new file counts again', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(out(1));
    const ws = wb.getWorksheet('Школы');
    if (!ws) throw new Error('no Школы');
    ws.getCell(CODES.indexOf('110') + 2, 6).value = 'Принят';
    ws.getCell(2, 3).value = 'Петров П. П.';
    await wb.xlsx.writeFile(out(1));
    expect(runOko(['checklists', 'collect', out(1), answers, '--out', out(2)]).code).toBe(0);
    expect(runOko(['checklists', 'collect', out(2), answers, '--out', out(3)]).code).toBe(0);
    const [second, third] = [await readGrids(out(2)), await readGrids(out(3))];
    expect([...third.keys()].sort()).toEqual([...second.keys()].sort());
    for (const name of second.keys())
      if (name !== 'Журнал')
        expect({ name, values: sheetValues(third, name) }).toEqual({ name, values: sheetValues(second, name) });
    const school = sheetValues(third, 'Школы');
    expect(school[CODES.indexOf('110') + 1]?.[5]).toBe('Принят');
    expect(school[1]?.[2]).toBe('Петров П. П.');
    // The second and third runs changed nothing: each adds its summary and the quarantined files only.
    const [j2, j3] = [sheetValues(second, 'Журнал').length, sheetValues(third, 'Журнал').length];
    expect(j3 - j2).toBe(1 + QUARANTINED.length);

    await returnFile(folders(), sent, '110', '110 (2).xlsx', { ...fullAnswers('Нет') }, T(20));
    expect(runOko(['checklists', 'collect', out(3), answers, '--out', out(3)]).code).toBe(0);
    const after = await readGrids(out(3));
    expect(sheetValues(after, 'Школы')[CODES.indexOf('110') + 1]?.[5]).toBe('Сдан');
    expect(firstTable(sheetValues(after, 'Свод чек-листов'))[CODES.indexOf('110') + 1]?.slice(4, 7)).toEqual([
      '110 (2).xlsx',
      ruDateTime(localIso(T(20)), offsetOf(localIso(T(20)))),
      'Нет',
    ]);
  }, 120000);

  test('the book itself is never written without --out', () => {
    const before = bytes(book);
    expect(runOko(['checklists', 'collect', book, answers]).code).toBe(0);
    expect(bytes(book).equals(before)).toBe(true);
  });
});
