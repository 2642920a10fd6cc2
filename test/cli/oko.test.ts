/** The `oko` contract, run as a user runs it: the built bundle in a child process. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Workbook } from 'exceljs';
import type { CheckJson } from '../../core/check/check-json';
import { seedFiles } from '../helpers/seeds';
import { seedXlsx } from '../helpers/seed-xlsx';
import { writeBadBooks, writeMergedRefBook, type BadBooks } from './bad-books';
import { buildOko, isRussianOneLiner, runOko, STACK_LINE } from './run-oko';

let dir = '';
let bad: BadBooks;

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-cli-'));
  bad = await writeBadBooks(dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('usage and exit codes', () => {
  test('--help prints the Russian usage and exits 0', () => {
    const r = runOko(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('oko check');
    expect(r.stdout).toContain('Использование');
  });

  test.each([
    [[]],
    [['frob']],
    [['check']],
    [['check', 'a.xlsx', '--bogus']],
    [['check', 'a.xlsx', 'b.xlsx']],
    [['check', 'a.xlsx', '--out']],
    [['demo', '--json']],
  ])('bad command line %j → usage on stderr, exit 2', (args) => {
    const r = runOko(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Использование');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('bad input → exit 2 with one Russian line, no stack', () => {
  const cases: [string, (b: BadBooks) => string, RegExp][] = [
    ['missing file', (b) => join(b.text, '..', 'нет-такого.xlsx'), /не найден/],
    ['text file named .xlsx', (b) => b.text, /не является книгой Excel/],
    ['random bytes', (b) => b.noise, /не является книгой Excel/],
    ['empty file', (b) => b.emptyFile, /не является книгой Excel/],
    ['password-protected (OLE) file', (b) => b.encrypted, /паролем/],
    ['workbook with one empty sheet', (b) => b.emptyBook, /пуст/],
    ['sheet with a title and no table', (b) => b.titleOnly, /не найдена таблица плана/],
  ];
  test.each(cases)('%s', (_name, pick, message) => {
    const r = runOko(['check', pick(bad)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(isRussianOneLiner(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(message);
  });

  test('a missing --sheet names the sheets there are', () => {
    const r = runOko(['check', bad.titleOnly, '--sheet', 'План 2025']);
    expect(r.code).toBe(2);
    expect(isRussianOneLiner(r.stderr)).toBe(true);
    expect(r.stderr).toContain('«Лист1»');
  });

  test('merged cells and #REF! formulas do not crash the check', async () => {
    const file = await writeMergedRefBook(dir);
    const r = runOko(['check', file]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toContain('Лист: «План»');
  });
});

describe('check output', () => {
  test('--json prints only the JSON of the check', async () => {
    const file = await seedXlsx(seedFiles()[0] ?? '', dir);
    const r = runOko(['check', file, '--json']);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(json.sheet).toBe('План');
    expect(json.items).toHaveLength(10);
    expect(json.issues.some((i) => i.severity === 'error')).toBe(false);
    expect(r.code).toBe(0);
  });

  test('an error-severity issue gives exit 1', async () => {
    const file = await seedXlsx(seedFiles()[2] ?? '', dir);
    const r = runOko(['check', file, '--json']);
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(json.issues).toContainEqual(
      expect.objectContaining({ rule: 'missing-responsible', row: 37, severity: 'error' }),
    );
    expect(r.code).toBe(1);
  });

  test('the human summary has one line per issue', async () => {
    const file = await seedXlsx(seedFiles()[2] ?? '', dir);
    const json = runOko(['check', file, '--json']);
    const r = runOko(['check', file]);
    expect(r.code).toBe(json.code);
    expect(r.code).not.toBe(2);
    const issues = (JSON.parse(json.stdout) as CheckJson).issues;
    expect(r.stdout).toContain('Пунктов плана:');
    const lines = r.stdout.split('\n').filter((l) => /^[A-Z]+\d+ \[/.test(l));
    expect(lines).toHaveLength(issues.length);
  });
});

describe('--out', () => {
  test('refuses to overwrite the input', async () => {
    const file = await seedXlsx(seedFiles()[1] ?? '', dir);
    const name = basename(file);
    const before = sha(file);
    const spellings: [string, string][] = [
      [file, file],
      [name, `./x/../${name}`],
    ];
    for (const [input, out] of spellings) {
      const r = runOko(['check', input, '--out', out], dir);
      expect(r.code).toBe(2);
      expect(isRussianOneLiner(r.stderr)).toBe(true);
      expect(r.stderr).toContain('--out');
    }
    expect(sha(file)).toBe(before);
  });

  test('writes a marked copy ExcelJS reads back; the input is untouched', async () => {
    const file = await seedXlsx(seedFiles()[2] ?? '', dir);
    const other = new Workbook();
    await other.xlsx.readFile(file);
    other.addWorksheet('Прочее').getCell('A1').value = '=1+1';
    await other.xlsx.writeFile(file);
    const before = sha(file);
    const out = join(dir, 'copy', 'checked.xlsx');
    const json = runOko(['check', file, '--json']);
    const r = runOko(['check', file, '--out', out]);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(sha(file)).toBe(before);
    expect(r.code).toBe(1);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Прочее')?.getCell('A1').value).toBe('=1+1');
    const issues = (JSON.parse(json.stdout) as CheckJson).issues;
    const report = wb.getWorksheet('Замечания');
    expect(report?.rowCount).toBe(issues.length + 1);
    expect(report?.getCell('D2').value).toEqual(
      expect.objectContaining({ formula: expect.stringMatching(/^HYPERLINK\("#'План'!/) }),
    );
    const plan = wb.getWorksheet('План');
    const first = issues[0];
    const marked = first?.column ? plan?.getCell(`${first.column}${first.row}`) : undefined;
    expect(marked?.note).toBeDefined();
    expect(marked?.fill).toEqual(expect.objectContaining({ type: 'pattern', pattern: 'solid' }));
  });
});

describe('demo', () => {
  test('writes the sample books and their marked copies', () => {
    const out = join(dir, 'demo');
    const r = runOko(['demo', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(STACK_LINE);
    for (let k = 1; k <= 5; k++) {
      expect(existsSync(join(out, `plan-${k}.xlsx`))).toBe(true);
      expect(existsSync(join(out, `plan-${k}.checked.xlsx`))).toBe(true);
    }
    expect(r.stdout).toContain('plan-1');
  });
});
