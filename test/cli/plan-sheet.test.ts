/** The 41-sheet book of issue 11 through `oko`: check, status and summary --out all take «План». */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { ru } from '../../core/messages/ru';
import { book41, PLAN_SHEET } from '../helpers/book-41';
import { buildOko, runOko } from './run-oko';

let dir = '';
let file = '';

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-41-'));
  file = join(dir, 'book.xlsx');
  const wb = new Workbook();
  for (const s of book41()) wb.addWorksheet(s.name).addRows(s.rows.map((r) => [...r]));
  await wb.xlsx.writeFile(file);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('check --json takes «План», silently', () => {
  const r = runOko(['check', file, '--json']);
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toMatchObject({ sheet: PLAN_SHEET, header: { row: 3 } });
});

test('status takes «План»', () => {
  const r = runOko(['status', file, '--today', '2025-03-01']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(ru.cli.status.header(PLAN_SHEET, '01.03.2025'));
});

test('summary --out builds the справка from «План»', async () => {
  const out = join(dir, 'summary.xlsx');
  const r = runOko(['summary', file, '--today', '2025-03-01', '--out', out, '--json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ sheet: PLAN_SHEET });
  const wb = new Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet(ru.summary.sheetName)).toBeDefined();
});

test('check --out marks «План»; --sheet still takes the sheet named', () => {
  expect(runOko(['check', file, '--out', join(dir, 'copy.xlsx')]).stdout).toContain(ru.cli.summary.sheet(PLAN_SHEET));
  const named = runOko(['check', file, '--sheet', 'Выгрузка', '--json']);
  expect(JSON.parse(named.stdout)).toMatchObject({ sheet: 'Выгрузка' });
});
