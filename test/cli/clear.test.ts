/**
 * `oko check --out` runs core's check flow (the copy carries the hidden marks backup), and
 * `oko clear` restores the plan's every fill and note exactly, its own ones included.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { BACKUP_SHEET } from '../../core/marks/mark-backup';
import { ru } from '../../core/messages/ru';
import { fillOf, noteOf } from '../../xlsx/host';
import { seedFiles } from '../helpers/seeds';
import { seedXlsx } from '../helpers/seed-xlsx';
import { buildOko, runOko } from './run-oko';
import { openBook } from '../helpers/workbooks';

let dir = '';

beforeAll(() => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-clear-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every cell's fill and note over the sheet's area, as `A1 fill|note` lines. */
function looks(ws: Worksheet, rows: number, cols: number): string[] {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      out.push(`${cell.address} ${fillOf(cell) ?? '-'}|${noteOf(cell)}`);
    }
  }
  return out;
}

/** The official's own look on many plan cells: fills (ARGB and plain RGB), plain and rich notes. */
async function planWithOwnLooks(): Promise<string> {
  const file = await seedXlsx(seedFiles()[1] ?? '', dir);
  const wb = await openBook(file);
  const ws = wb.getWorksheet('План');
  if (!ws) throw new Error('no plan sheet');
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= 6; c++) {
      const cell = ws.getCell(r, c);
      if ((r + c) % 3 === 0) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      if ((r + c) % 5 === 0) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'DDEBF7' } };
      if ((r * c) % 7 === 0) cell.note = `моя заметка ${cell.address}`;
      if ((r * c) % 11 === 0) cell.note = { texts: [{ text: 'жирно ' }, { text: cell.address }] };
    }
  }
  await wb.xlsx.writeFile(file);
  return file;
}

test('check --out then clear: every fill and note as in the plan; the copy has the hidden backup', async () => {
  const plan = await planWithOwnLooks();
  const copy = join(dir, 'copy.xlsx');
  const back = join(dir, 'back.xlsx');
  const checked = runOko(['check', plan, '--out', copy]);
  expect(checked.stderr).toBe('');
  expect([0, 1]).toContain(checked.code);
  const marked = await openBook(copy);
  const backup = marked.getWorksheet(BACKUP_SHEET);
  expect(backup?.state).toMatch(/hidden/);
  expect(marked.getWorksheet(ru.report.sheetName)).toBeDefined();

  const cleared = runOko(['clear', copy, '--out', back]);
  expect(cleared.stderr).toBe('');
  expect(cleared.code).toBe(0);
  expect(cleared.stdout).toContain(ru.cli.clear.written(back));

  const original = (await openBook(plan)).getWorksheet('План');
  const copied = marked.getWorksheet('План');
  const restored = await openBook(back);
  if (!original || !copied) throw new Error('no plan sheet');
  const rows = Math.max(original.rowCount, copied.rowCount);
  const cols = Math.max(original.columnCount, copied.columnCount);
  const before = looks(original, rows, cols);
  // The check did change cells that had a look of their own, so the round trip is a real test.
  expect(looks(copied, rows, cols)).not.toEqual(before);
  expect(
    before.filter((l) => l.includes('|моя') || l.includes('#FFF2CC') || l.includes('|жирно')).length,
  ).toBeGreaterThan(20);
  const plansheet = restored.getWorksheet('План');
  if (!plansheet) throw new Error('no plan sheet');
  expect(looks(plansheet, rows, cols)).toEqual(before);
  expect(restored.getWorksheet(ru.report.sheetName)).toBeUndefined();
  expect(restored.getWorksheet(BACKUP_SHEET)).toBeUndefined();
});

test('clear on a book without marks: one Russian line, exit 0, nothing written', async () => {
  const plan = await seedXlsx(seedFiles()[2] ?? '', dir);
  const out = join(dir, 'nothing.xlsx');
  const r = runOko(['clear', plan, '--out', out]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('отметок нет');
  expect(existsSync(out)).toBe(false);
});

test('clear needs --out and never writes onto its input', () => {
  expect(runOko(['clear', 'a.xlsx']).stderr).toContain(ru.cli.clear.missingOut);
  const same = runOko(['clear', join(dir, 'a.xlsx'), '--out', join(dir, 'a.xlsx')]);
  expect(same.code).toBe(2);
  expect(same.stderr).toContain(ru.cli.outSameAsInput);
});
