/**
 * `oko checklists collect` on a folder where one school file is good and the rest hostile: a zip
 * bomb, entity expansion, a truncated file, a password-protected one, a .docx/.ods/.csv renamed to
 * .xlsx, a .csv, Excel's lock file, a symlink, a named pipe, a sub-folder. The run goes on, every
 * bad entry is in the quarantine and «Журнал» with its Russian reason, the good one is collected,
 * the book is written atomically over itself (the previous version kept as .bak), and every input
 * is untouched.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectJson } from '../../core/checklists/collect-json';
import { buildOko, runOko, STACK_LINE, type OkoRun } from '../cli/run-oko';
import { addSchools, fillSchoolFile, fullAnswers, readGrids, sheetValues } from '../checklists/checklist-fixture';
import { OLE_BOOK, renamedDocx, renamedOds, sha, tamper, withEntityBomb } from './hostile-books';
import { writeZipBomb } from './zip-bomb';

const CODES = Array.from({ length: 10 }, (_, i) => String(101 + i));

let dir = '';
let book = '';
let answers = '';
let originalBook = '';
let before = new Map<string, string>();
let run: OkoRun;
let json: CollectJson;
let runMs = 0;

/** Every entry under `root`: files by hash, links by target, folders by name. */
function tree(root: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(root).sort()) {
    const file = join(root, name);
    const st = lstatSync(file);
    if (st.isSymbolicLink()) out.set(prefix + name, `link → ${readlinkSync(file)}`);
    else if (st.isDirectory()) for (const [k, v] of tree(file, `${prefix}${name}/`)) out.set(k, v);
    else if (st.isFIFO()) out.set(prefix + name, 'pipe');
    else out.set(prefix + name, sha(file));
  }
  return out;
}

/** Each bad entry of the folder and what its reason must say. */
const BAD: readonly [string, RegExp][] = [
  ['102.xlsx', /раздут/],
  ['103.xlsx', /не удалось прочитать/],
  ['104.xlsx', /не является книгой Excel/],
  ['105.xlsx', /паролем/],
  ['106.xlsx', /не является книгой Excel/],
  ['107.xlsx', /не является книгой Excel/],
  ['108.xlsx', /не является книгой Excel/],
  ['109.xlsx', /ссылка/],
  ['~$101.xlsx', /Служебный файл Excel/],
  ['ответы.csv', /не \.xlsx/],
  ['архив', /вложенная папка/],
  ['канал.xlsx', /не обычный файл/],
];

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-hostile-collect-'));
  book = join(dir, 'Книга.xlsx');
  answers = join(dir, 'ответы');
  const made = join(dir, 'файлы');
  mkdirSync(answers);
  expect(runOko(['checklists', 'init', book]).code).toBe(0);
  await addSchools(book, CODES);
  expect(runOko(['checklists', 'make', book, '--out', made]).code).toBe(0);
  const a = (name: string): string => join(answers, name);

  await fillSchoolFile(join(made, '101.xlsx'), a('101.xlsx'), {
    answers: fullAnswers('Да'),
    modified: new Date(Date.UTC(2025, 4, 20, 9)),
  });
  await writeZipBomb(a('102.xlsx'), 60);
  writeFileSync(
    a('103.xlsx'),
    await tamper(readFileSync(join(made, '103.xlsx')), 'xl/sharedStrings.xml', withEntityBomb),
  );
  const whole = readFileSync(join(made, '104.xlsx'));
  writeFileSync(a('104.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  writeFileSync(a('105.xlsx'), OLE_BOOK);
  writeFileSync(a('106.xlsx'), await renamedDocx());
  writeFileSync(a('107.xlsx'), await renamedOds());
  writeFileSync(a('108.xlsx'), 'Код;Показатель;Ответ\n1.1;Приказ;Да\n');
  symlinkSync(a('101.xlsx'), a('109.xlsx'));
  writeFileSync(a('~$101.xlsx'), Buffer.from([0x0c, 0x00, 0x41]));
  writeFileSync(a('ответы.csv'), 'Код;Ответ\n1.1;Да\n');
  execFileSync('mkfifo', [a('канал.xlsx')]);
  mkdirSync(a('архив'));
  copyFileSync(join(made, '110.xlsx'), a('архив/110.xlsx'));

  originalBook = sha(book);
  before = tree(answers);
  const t0 = Date.now();
  run = runOko(['checklists', 'collect', book, answers, '--out', book, '--json']);
  runMs = Date.now() - t0;
  json = JSON.parse(run.stdout || 'null') as CollectJson;
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (runMs > 0) process.stdout.write(`hostile collect: ${(runMs / 1000).toFixed(1)} с\n`);
});

test('the run goes on: exit 0, no stack, only the note of the kept .bak on stderr, within a bounded time', () => {
  expect(run.code).toBe(0);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toMatch(/Error:/);
  expect(run.stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/^Прежняя версия файла сохранена рядом: .*Книга\.bak\.xlsx$/),
  ]);
  expect(runMs).toBeLessThan(30000);
});

test('the good school file is collected', () => {
  expect(json.counts).toMatchObject({ merged: 1 });
  expect(json.schools.find((s) => s.code === '101')).toMatchObject({ status: 'Сдан', file: '101.xlsx' });
  expect(json.written).toBe(book);
});

test('every bad entry is in the quarantine with its Russian reason', () => {
  const reasons = new Map(json.quarantine.map((q) => [q.file, q.reason]));
  for (const [name, reason] of BAD)
    expect({ name, reason: reasons.get(name) ?? '' }).toEqual({ name, reason: expect.stringMatching(reason) });
  expect(json.quarantine).toHaveLength(BAD.length);
  expect(json.counts.quarantined).toBe(BAD.length);
});

test('«Журнал» of the written book lists every bad entry with its reason', async () => {
  const journal = sheetValues(await readGrids(book), 'Журнал');
  const text = journal.map((row) => row.map((v) => (typeof v === 'string' ? v : '')).join(' | '));
  for (const [name, reason] of BAD) {
    const line = text.find((t) => t.includes(name) && reason.test(t));
    expect({ name, inJournal: line !== undefined }).toEqual({ name, inJournal: true });
  }
});

test('the book is replaced whole: the previous version kept as .bak, no temporary file left', async () => {
  expect(sha(join(dir, 'Книга.bak.xlsx'))).toBe(originalBook);
  expect(sha(book)).not.toBe(originalBook);
  const sheets = await readGrids(book);
  expect([...sheets.keys()]).toEqual(expect.arrayContaining(['Школы', 'Чек-лист', 'Свод чек-листов', 'Журнал']));
  const temps = [...readdirSync(dir), ...readdirSync(answers)].filter((n) => n.endsWith('.oko-tmp'));
  expect(temps).toEqual([]);
});

test('every input in the folder is byte-identical, the link still a link', () => {
  expect(tree(answers)).toEqual(before);
  expect(lstatSync(join(answers, '109.xlsx')).isSymbolicLink()).toBe(true);
});
