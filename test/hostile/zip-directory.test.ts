/** The zip's central directory is read before anything is inflated: a zip bomb is refused cheaply. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { loadXlsx } from '../../xlsx/bytes';
import { readSchoolBytes } from '../../xlsx/school-bytes';
import { BOOK_LIMITS, readZipDirectory, SCHOOL_FILE_LIMITS, zipProblem } from '../../core/zip/zip-directory';
import { buildOko, isRussianOneLiner, runOko } from '../cli/run-oko';
import { writeZipBomb } from './zip-bomb';

let dir = '';
let bomb = '';

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-zip-'));
  bomb = join(dir, 'bomb.xlsx');
  await writeZipBomb(bomb, 400);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a real book: every part listed with its sizes, nothing refused', async () => {
  const wb = new Workbook();
  wb.addWorksheet('План').addRow(['1', 'Мероприятие', 'в течение года']);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const parts = readZipDirectory(bytes) ?? [];
  expect(parts.map((p) => p.name)).toContain('xl/worksheets/sheet1.xml');
  expect(parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')?.uncompressed).toBeGreaterThan(100);
  expect(zipProblem(bytes, SCHOOL_FILE_LIMITS)).toBeNull();
});

test('a ~400 KB file inflating to 400 MB is refused from its directory, in Russian, without the memory', async () => {
  const bytes = new Uint8Array(readFileSync(bomb));
  expect(statSync(bomb).size).toBeLessThan(1024 * 1024);
  expect(zipProblem(bytes, BOOK_LIMITS)).toMatchObject({ kind: 'ratio', part: 'xl/worksheets/sheet1.xml' });
  const before = process.memoryUsage().rss;
  const loaded = await loadXlsx(bytes, 'bomb.xlsx');
  expect(loaded.ok).toBe(false);
  expect(!loaded.ok && loaded.reason).toMatch(/не открыт/);
  expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  const school = await readSchoolBytes('101.xlsx', bytes, null);
  expect('unreadable' in school && school.unreadable).toMatch(/раздут/);
});

test('truncated or directory-less zips are «not an .xlsx»', () => {
  const bytes = new Uint8Array(readFileSync(bomb)).subarray(0, 1000);
  expect(zipProblem(bytes, BOOK_LIMITS)).toEqual({ kind: 'broken' });
});

test('oko check on the bomb: exit 2, one Russian line, fast', () => {
  const t0 = Date.now();
  const r = runOko(['check', bomb]);
  expect(r.code).toBe(2);
  expect(isRussianOneLiner(r.stderr)).toBe(true);
  expect(Date.now() - t0).toBeLessThan(10000);
});
