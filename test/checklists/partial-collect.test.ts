/**
 * Collecting is a merge: the demo book is collected, the official accepts more schools, then a
 * folder with ONE new school file is collected. Every «Принят» and every earlier answer stays;
 * only that school's row changes.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { buildOko, runOko } from '../cli/run-oko';
import { openBook, sheetOf } from '../helpers/workbooks';

let dir = '';

beforeAll(() => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-partial-'));
  const r = runOko(['demo', '--out', join(dir, 'demo')]);
  if (r.code !== 0) throw new Error(r.stderr);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The school rows of a sheet, by code: every cell as JSON. */
function rowsByCode(ws: Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const code = ws.getCell(r, 1).text;
    if (code === '') break;
    out.set(code, JSON.stringify((ws.getRow(r).values as unknown[]).slice(1)));
  }
  return out;
}

const STATUS_COL = 6;

test('a folder with one new school file keeps every «Принят» and every earlier answer', async () => {
  const book = join(dir, 'demo', 'book.xlsx');
  // The official accepts every school that has submitted.
  const wb = await openBook(book);
  const schools = sheetOf(wb, 'Школы');
  const accepted: string[] = [];
  let fresh = '';
  for (let r = 2; r <= schools.rowCount; r++) {
    const code = schools.getCell(r, 1).text;
    const status = schools.getCell(r, STATUS_COL).text;
    if (status === 'Сдан') schools.getCell(r, STATUS_COL).value = 'Принят';
    if (status === 'Сдан' || status === 'Принят') accepted.push(code);
    if (status === 'Заполняется' && fresh === '') fresh = code;
  }
  await wb.xlsx.writeFile(book);
  expect(accepted.length).toBeGreaterThan(3);
  expect(fresh).not.toBe('');
  const first = runOko(['checklists', 'collect', book, join(dir, 'demo', 'schools'), '--out', book]);
  expect(first.code).toBe(0);
  const before = await openBook(book);
  const statusBefore = rowsByCode(sheetOf(before, 'Школы'));
  const summaryBefore = rowsByCode(sheetOf(before, 'Свод чек-листов'));
  expect([...summaryBefore.values()].filter((v) => v.includes('"Принят"'))).toHaveLength(accepted.length);

  // One school sends a new, complete file; the folder holds only that file.
  const school = await openBook(join(dir, 'demo', 'schools', `${fresh}.xlsx`));
  const list = sheetOf(school, 'Чек-лист');
  // Rows 2–10 are the Да / Нет / Частично indicators 2.1–2.9.
  for (let r = 2; r <= 10; r++) {
    const answer = list.getCell(r, 3);
    if (answer.value === null || answer.value === '') answer.value = 'Да';
  }
  school.modified = new Date('2030-01-01T10:00:00Z');
  const folder = join(dir, 'one-file');
  mkdirSync(folder);
  await school.xlsx.writeFile(join(folder, `${fresh}.xlsx`));
  const second = runOko(['checklists', 'collect', book, folder, '--out', book]);
  expect(second.code).toBe(0);

  const after = await openBook(book);
  const statusAfter = rowsByCode(sheetOf(after, 'Школы'));
  const summaryAfter = rowsByCode(sheetOf(after, 'Свод чек-листов'));
  expect(summaryAfter.size).toBe(summaryBefore.size);
  for (const [code, line] of summaryBefore) {
    if (code === fresh) continue;
    expect([code, summaryAfter.get(code)]).toEqual([code, line]);
    expect([code, statusAfter.get(code)]).toEqual([code, statusBefore.get(code)]);
  }
  expect(summaryAfter.get(fresh)).not.toBe(summaryBefore.get(fresh));
  expect(summaryAfter.get(fresh)).toContain('2030-01-01');
  expect(statusAfter.get(fresh)).not.toContain('"На доработке"');
  expect(second.stdout).not.toContain('Карантин');
});
