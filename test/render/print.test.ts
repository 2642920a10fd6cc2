/**
 * What the tool writes, printed the way a school or an official on LibreOffice prints it: the demo's
 * school file, book and справка converted to PDF by LibreOffice, then read back as text boxes.
 * Skipped, with a message, where LibreOffice or poppler is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ru } from '../../core/messages/ru';
import { placeholderRequisites } from '../../core/summary/requisites';
import { leakIn } from '../leaks/leak-scan';
import { overlaps, pdfPages, type PdfPage } from './pdf-lines';

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const ready = has('soffice') && has('pdftotext');
if (!ready)
  console.warn(
    'Print checks skipped: LibreOffice (soffice) or poppler (pdftotext) is not installed (apt-get install libreoffice-calc libreoffice-writer poppler-utils).',
  );
const maybe = ready ? describe : describe.skip;

let dir = '';
const pdf = (name: string): string => join(dir, 'pdf', (name.split('/').pop() ?? name).replace(/\.[^.]+$/, '.pdf'));

beforeAll(() => {
  if (!ready) return;
  dir = mkdtempSync(join(tmpdir(), 'oko-render-'));
  execFileSync('node', ['dist/cli/oko.cjs', 'demo', '--out', dir], { stdio: 'ignore' });
  const files = ['spravka.docx', 'book.xlsx', 'schools/208.xlsx', 'schools/215.xlsx'].map((f) => join(dir, f));
  // A profile of its own: another LibreOffice running on the machine does not block this one.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'pdf'),
      ...files,
    ],
    { stdio: 'ignore', timeout: 180000 },
  );
}, 240000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The first page holding every one of `texts` as a line (or part of one), or -1. */
const pageWithAll = (pages: readonly PdfPage[], texts: readonly string[]): number =>
  pages.findIndex((p) => texts.every((t) => p.lines.some((l) => l.text.includes(t))));

maybe('printed through LibreOffice', () => {
  test('a school file: no line printed over another, «Чек-лист» one page wide with its header', () => {
    for (const name of ['schools/208.xlsx', 'schools/215.xlsx']) {
      const pages = pdfPages(pdf(name));
      for (const page of pages) expect(overlaps(page).map(([a, b]) => `${a.text} ⟂ ${b.text}`)).toEqual([]);
      // One page wide: the whole header row, and the last indicator's code with its wording, on one page.
      const first = pageWithAll(pages, [...ru.checklists.schoolColumns]);
      expect(first).toBe(0);
      expect(pages[0]?.lines.some((l) => l.text.includes('Ответ'))).toBe(true);
      // The print header names the school; the instruction sheet says whom to return the file to.
      expect(pages[0]?.lines.some((l) => l.text.startsWith('Чек-лист ОКО:'))).toBe(true);
      expect(
        pageWithAll(pages, [ru.checklists.instruction.returnTo, ru.checklists.instruction.deadline]),
      ).toBeGreaterThan(0);
    }
  });

  test('the book: each sheet the tool writes prints one page wide (its header row on one page)', () => {
    const pages = pdfPages(pdf('book.xlsx'));
    const c = ru.checklists;
    for (const header of [
      c.registryColumns,
      ['Код', 'Показатель', 'Тип ответа', 'Обязательный', 'Пояснение'],
      [...c.summary.columns, '2.1', '2.12'],
      [...c.journal.columns],
      [...ru.requisites.columns],
    ])
      expect({ header, onOnePage: pageWithAll(pages, header) >= 0 }).toEqual({ header, onOnePage: true });
    // (The plan sheet is the official's own: its unwrapped cells may run into each other; not checked.)
  });

  test('the printed book: times as ДД.ММ.ГГГГ ЧЧ:ММ, the template by its date; no ISO, hash or rule id', () => {
    const lines = pdfPages(pdf('book.xlsx')).flatMap((p) => p.lines.map((l) => l.text));
    expect(lines.filter((t) => leakIn(t) !== null)).toEqual([]);
    expect(lines.some((t) => /^\d\d\.\d\d\.\d{4} \d\d:\d\d$/.test(t.trim()))).toBe(true);
    expect(lines.some((t) => /версия от \d\d\.\d\d\.\d{4}/.test(t))).toBe(true);
  });

  test('the справка: page numbers from page 2, the signature block and «Исп.»; no software footnote', () => {
    const pages = pdfPages(pdf('spravka.docx'));
    expect(pages.length).toBeGreaterThan(1);
    pages.slice(1).forEach((page, i) => {
      const top = page.lines.filter((l) => l.yMax < page.height * 0.12).map((l) => l.text.trim());
      expect(top).toContain(String(i + 2));
    });
    const req = placeholderRequisites();
    const all = pages.flatMap((p) => p.lines);
    const position = all.find((l) => l.text.includes(req.headPosition));
    const name = all.find((l) => l.text.includes(req.headName));
    expect(position && name).toBeTruthy();
    // One line of the signature block: position on the left, name on the right.
    if (position && name) {
      expect(position.page).toBe(name.page);
      expect(Math.abs(position.yMin - name.yMin)).toBeLessThan(4);
      expect(name.xMin).toBeGreaterThan(position.xMax);
    }
    expect(all.some((l) => l.text.startsWith('Исп.:'))).toBe(true);
    expect(all.some((l) => l.text.includes('Составлено ОКО-план'))).toBe(false);
  });
});
