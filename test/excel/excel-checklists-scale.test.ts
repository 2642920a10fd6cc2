/**
 * «Собрать» does not grow with schools: collecting 1,000 files costs the same syncs as 30 — eight
 * reads of the book and one write — the answer colours of «Свод чек-листов» go as range-level
 * setCellProperties calls, and no request or response passes Excel on the web's 5 MB cap.
 */
import { collectChecklistsFlow, planChecklistFilesFlow } from '../../core/checklists/checklist-flows';
import type { SchoolFile } from '../../core/checklists/school-file';
import { runAsync } from '../../core/commands/flow';
import { DEFAULT_INDICATORS } from '../../core/checklists/default-template';
import { answer, schoolFile } from '../checklists/school-file-builder';
import { checklistRig, typeSchools, type ChecklistRig } from './checklist-excel-fixture';
import { PAYLOAD_LIMIT } from './fake-runtime';
import { metered, type CallCost } from './sync-meter';

const CTX = { now: '2025-05-21T09:00:00+03:00', who: '' };

/** A book of `n` schools, each having sent its file, every answer given (Да, Нет, Частично in turn). */
async function collected(n: number, apiMinor = 18): Promise<{ r: ChecklistRig; files: SchoolFile[] }> {
  const r = checklistRig(apiMinor);
  await r.bridge.prepare();
  typeSchools(
    r.fake.book.sheet('Школы'),
    Array.from({ length: n }, (_, i) => String(100001 + i)),
  );
  const plan = await runAsync(r.host, planChecklistFilesFlow());
  if (!plan.ok) throw new Error(plan.message);
  const files = plan.files.map((spec, k) =>
    schoolFile(spec, `2025-05-20T09:${String(k % 60).padStart(2, '0')}:00+03:00`, (rows) =>
      answer(
        rows,
        DEFAULT_INDICATORS.map((ind, i) =>
          ind.type === 'choice'
            ? (['Да', 'Нет', 'Частично'][(k + i) % 3] ?? 'Да')
            : ind.type === 'number'
              ? k
              : ind.type === 'date'
                ? { date: '2024-09-01' }
                : 'https://school.example/oko',
        ),
      ),
    ),
  );
  return { r, files };
}

async function collectCosts(r: ChecklistRig, files: readonly SchoolFile[]): Promise<CallCost[]> {
  r.fake.stats.reset();
  const m = metered(r.host, r.fake.stats);
  const outcome = await runAsync(m.host, collectChecklistsFlow(files, CTX));
  expect(outcome.ok && outcome.report.counts.merged).toBe(files.length);
  expect(r.fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
  expect(r.fake.stats.maxRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  expect(r.fake.stats.maxResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  return m.costs;
}

const syncs = (costs: readonly CallCost[]): [string, number][] => costs.map((c) => [c.method, c.syncs]);
const total = (costs: readonly CallCost[]): number => costs.reduce((n, c) => n + c.syncs, 0);

/** The first collect and the next one: each rig installs the global Excel, so one book at a time. */
async function twice(n: number): Promise<{ first: CallCost[]; again: CallCost[]; r: ChecklistRig }> {
  const { r, files } = await collected(n);
  const first = await collectCosts(r, files);
  return { first, again: await collectCosts(r, files), r };
}

test('1,000 files: a collect costs the same 14 syncs as 30 files (16 once «Свод» exists)', async () => {
  const small = await twice(30);
  const large = await twice(1000);
  // readToolSheet: 1 sync to list the sheets, 1 to read one that exists; readGrid 1; apply: 1 to
  // learn which sheets exist, then the writes (under 1 MB for 1,000 schools: one request).
  // The hidden sheets: the template's id and date (read with «Чек-лист»), the exact moments of
  // accepted files (written by the collect, read by the next one).
  expect(syncs(large.first)).toEqual([
    ['readToolSheet', 2],
    ['readToolSheet', 2],
    ['readToolSheet', 2],
    ['readGrid', 1],
    ['readGrid', 1],
    ['readToolSheet', 1],
    ['readToolSheet', 1],
    ['readToolSheet', 2],
    ['apply', 2],
  ]);
  expect([total(small.first), total(large.first)]).toEqual([14, 14]);
  // The next collect reads the «Свод чек-листов» and the moments it wrote (2 syncs more).
  expect([total(small.again), total(large.again)]).toEqual([16, 16]);
  expect(large.r.fake.stats.count('setCellProperties')).toBe(1);
  expect(large.r.fake.stats.count('fill.color')).toBe(0);
  const write = large.first.find((c) => c.method === 'apply');
  process.stdout.write(
    `Excel, сбор 1000 файлов: ${total(large.first)} синхронизаций (повторно ${total(large.again)}), наибольший запрос ${((write?.maxRequest ?? 0) / 1048576).toFixed(2)} МБ\n`,
  );
}, 120000);

test.each([8, 1])(
  'ExcelApi 1.%i (no setCellProperties): one fill per cell, still under the caps, a few more syncs',
  async (minor) => {
    const { r, files } = await collected(1000, minor);
    const costs = await collectCosts(r, files);
    expect(r.fake.stats.count('setCellProperties')).toBe(0);
    expect(r.fake.stats.count('fill.color')).toBeGreaterThan(5000);
    expect(r.fake.stats.unsupported).toEqual([]);
    const apply = costs.find((c) => c.method === 'apply');
    process.stdout.write(
      `ExcelApi 1.${minor}, сбор 1000 файлов: ${total(costs)} синхронизаций, из них запись ${apply?.syncs ?? 0}\n`,
    );
    expect(apply?.syncs).toBeGreaterThan(2);
    expect(apply?.syncs).toBeLessThanOrEqual(5);
  },
  120000,
);
