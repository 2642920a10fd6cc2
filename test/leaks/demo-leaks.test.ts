/**
 * The demo as an official receives it — the book, the school files, the справка — scanned cell by
 * cell: no machine timestamp, template hash, English rule id or formula text where a person reads.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { RULES } from '../../core/rules/registry';
import { buildOko, runOko } from '../cli/run-oko';
import { openBook } from '../helpers/workbooks';
import { bookLeaks, docxLines, leakIn, type Leak } from './leak-scan';

let dir = '';

beforeAll(() => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-leaks-'));
  const r = runOko(['demo', '--out', dir]);
  if (r.code !== 0) throw new Error(r.stderr);
}, 120000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the scanner catches each kind of leak it looks for', () => {
  expect(leakIn('2022-03-25T09:00:00+03:00')).toBe('ISO timestamp');
  expect(leakIn('Шаблон «CL-22A7ED56», версия 93121b848a.')).toBe('hex hash');
  expect(leakIn(RULES[0]?.id ?? '')).toBe('English rule id');
  expect(leakIn('number-format')).toBe('English rule id');
  expect(leakIn('=HYPERLINK("https://a.ru";"Приказ")')).toBe('formula text');
  expect(leakIn('25.03.2022 09:00, версия от 01.03.2022, Нумерация пунктов, 20250520')).toBeNull();
});

test('book.xlsx: no leak in any visible cell of a visible sheet', async () => {
  const leaks: Leak[] = bookLeaks(await openBook(join(dir, 'book.xlsx')), 'book.xlsx');
  expect(leaks).toEqual([]);
});

test('the school files as the tool makes them (from the demo book): no leak in any visible cell', async () => {
  // The returned files hold what schools typed (a formula as text among it): only the tool's own file is held to this.
  const made = join(dir, 'made');
  const r = runOko(['checklists', 'make', join(dir, 'book.xlsx'), '--out', made]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Чек-лист: версия от \d\d\.\d\d\.\d{4}, показателей/);
  const names = readdirSync(made).filter((f) => f.endsWith('.xlsx'));
  expect(names.length).toBe(20);
  const leaks: Leak[] = [];
  for (const f of names) leaks.push(...bookLeaks(await openBook(join(made, f)), `made/${f}`));
  expect(leaks).toEqual([]);
});

test('spravka.docx: no leak in its text', async () => {
  const zip = await JSZip.loadAsync(readFileSync(join(dir, 'spravka.docx')));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const lines = docxLines(xml);
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.flatMap((t) => (leakIn(t) ? [{ what: leakIn(t), text: t.slice(0, 120) }] : []))).toEqual([]);
});
