/**
 * Peak memory of `oko checklists collect` as a separate process, the way an official runs it: 200
 * school files (a quarter filled in) collected into a book, then collected again onto the book itself.
 * The bound is 300 MB for 1,000 files (measured: ~210 MB, ~260 MB re-collecting onto
 * itself); 200 files must stay well under it, so a collector that keeps every workbook shows here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSchools, fillSchoolFile, fullAnswers, IDS } from '../checklists/checklist-fixture';
import { buildOko, ROOT, runOko, STACK_LINE } from '../cli/run-oko';

const SCHOOLS = 200;
const MB = 1024 * 1024;

let dir = '';
let probe = '';

/** Runs the CLI with a probe that writes the process's peak resident memory (bytes) on exit. */
function collectRss(args: readonly string[]): { code: number | null; stderr: string; rss: number; ms: number } {
  const report = join(dir, 'rss.txt');
  rmSync(report, { force: true });
  process.env['OKO_RSS_REPORT'] = report;
  const t0 = Date.now();
  const r = runOko(args, ROOT, ['--require', probe]);
  const ms = Date.now() - t0;
  delete process.env['OKO_RSS_REPORT'];
  return { code: r.code, stderr: r.stderr, rss: Number(readFileSync(report, 'utf8')), ms };
}

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-collect-memory-'));
  probe = join(dir, 'rss-probe.cjs');
  // maxRSS is in kilobytes.
  writeFileSync(
    probe,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.OKO_RSS_REPORT, String(process.resourceUsage().maxRSS * 1024)));\n",
  );
  const book = join(dir, 'Книга.xlsx');
  expect(runOko(['checklists', 'init', book]).code).toBe(0);
  const codes = Array.from({ length: SCHOOLS }, (_, i) => String(100001 + i));
  await addSchools(book, codes);
  expect(runOko(['checklists', 'make', book, '--out', join(dir, 'файлы')]).code).toBe(0);
  for (const [k, code] of codes.entries()) {
    if (k % 4 !== 0) continue;
    const file = join(dir, 'файлы', `${code}.xlsx`);
    await fillSchoolFile(file, file, {
      answers: fullAnswers(['Да', 'Нет', 'Частично'][k % 3] ?? 'Да'),
      comments: { [IDS[0] ?? '']: 'Приказ размещён на сайте ОО. '.repeat(10) },
      modified: new Date(Date.UTC(2025, 4, 20, 9, 0, k % 60)),
    });
  }
}, 120000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test(`${SCHOOLS} school files: collected, then collected onto the book itself, each under 200 MB peak`, () => {
  const book = join(dir, 'Книга.xlsx');
  const first = collectRss(['checklists', 'collect', book, join(dir, 'файлы'), '--out', join(dir, 'Итог.xlsx')]);
  expect(first.code).toBe(0);
  expect(first.stderr).not.toMatch(STACK_LINE);
  const again = collectRss([
    'checklists',
    'collect',
    join(dir, 'Итог.xlsx'),
    join(dir, 'файлы'),
    '--out',
    join(dir, 'Итог.xlsx'),
  ]);
  expect(again.code).toBe(0);
  process.stdout.write(
    `collect ${SCHOOLS} файлов: ${(first.ms / 1000).toFixed(1)} с, пик ${Math.round(first.rss / MB)} МБ; ` +
      `повторно в ту же книгу: ${(again.ms / 1000).toFixed(1)} с, пик ${Math.round(again.rss / MB)} МБ\n`,
  );
  expect(first.rss).toBeGreaterThan(20 * MB);
  expect(first.rss).toBeLessThan(200 * MB);
  expect(again.rss).toBeLessThan(200 * MB);
}, 120000);
