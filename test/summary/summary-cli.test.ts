/**
 * `oko summary` on the demo book: its numbers are those of `oko status --json` and
 * `oko checklists collect --json` on the same book, the .docx says exactly them, rebuilding
 * changes nothing, the plan is never touched, and missing data is said in words.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { CollectJson } from '../../core/checklists/collect-json';
import type { CellValue } from '../../core/grid/grid';
import { countRows, yesShare } from '../../core/summary/checklist-lines';
import { placeholderRequisites } from '../../core/summary/requisites';
import { ru } from '../../core/messages/ru';
import { ruNumber } from '../../core/summary/numbers';
import type { SummaryData } from '../../core/summary/summary-types';
import { worksheetToGrid } from '../../xlsx/read';
import { docxMedia, docxText } from './docx-text';
import { oko, okoJson } from './run-main';

const DAY = '2022-03-25';
let dir = '';
let book = '';

interface StatusJson {
  readonly items: readonly unknown[];
  readonly totals: { readonly status: Record<string, number>; readonly control: Record<string, number> };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oko-summary-'));
  const demo = await oko('demo', '--out', dir);
  expect(demo.code).toBe(0);
  book = join(dir, 'book.xlsx');
}, 120000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function sheetValues(file: string, name: string): Promise<CellValue[][] | null> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  return ws ? worksheetToGrid(ws).values.map((r) => [...r]) : null;
}

test('the numbers equal `oko status --json` and `oko checklists collect --json` on the same book', async () => {
  const status = await okoJson<StatusJson>('status', book, '--today', DAY, '--json');
  const collect = await okoJson<CollectJson>('checklists', 'collect', book, join(dir, 'schools'), '--json');
  const summary = await okoJson<SummaryData & { written: string | null }>('summary', book, '--today', DAY, '--json');
  expect(summary.written).toBeNull();
  expect(summary.sheet).toBe('План');
  expect(summary.plan.items).toBe(status.items.length);
  expect(Object.fromEntries((summary.plan.statuses ?? []).map((s) => [s.label, s.count]))).toEqual(
    status.totals.status,
  );
  expect(Object.fromEntries((summary.plan.controls ?? []).map((s) => [s.id, s.count]))).toEqual(status.totals.control);
  const c = summary.checklists;
  if (c.state !== 'collected') throw new Error(`checklists: ${c.state}`);
  expect(c.counts.sent).toBe(collect.schools.length);
  expect(c.notSubmitted.map((s) => s.code)).toEqual(collect.notSubmitted);
  expect(c.counts.submitted).toBe(collect.schools.length - collect.notSubmitted.length);
  expect(c.counts.accepted).toBe(collect.schools.filter((s) => s.status === 'Принят').length);
  expect(c.counts.quarantined).toBe(collect.schools.filter((s) => s.status === 'На доработке').length);
  // Only submitted schools' answers are totalled: the base is the number that handed in.
  expect(c.answered).toBe(c.counts.submitted);
  expect(
    c.indicators.map(({ id, yes, no, partial, empty, yesPercent }) => ({ id, yes, no, partial, empty, yesPercent })),
  ).toEqual(
    collect.indicators.map(({ id, yes, no, partial, empty, yesPercent }) => ({
      id,
      yes,
      no,
      partial,
      empty,
      yesPercent,
    })),
  );
  // The demo's story: 20 schools, 13 handed in (4 accepted), 2 files in quarantine, and some overdue.
  const k = c.counts;
  expect([k.sent, k.opened, k.submitted, k.accepted, k.quarantined, k.notSubmitted]).toEqual([20, 17, 13, 4, 2, 7]);
  expect(status.totals.control['overdue']).toBeGreaterThan(0);
});

test('the .docx says exactly those numbers, with the chart picture', async () => {
  const out = join(dir, 'справка.docx');
  const r = await oko('summary', book, '--today', DAY, '--docx', out);
  expect(r.code).toBe(0);
  expect(r.out).toContain(ru.summary.cli.docx(out));
  const data = await okoJson<SummaryData>('summary', book, '--today', DAY, '--json');
  const bytes = new Uint8Array(readFileSync(out));
  const text = await docxText(bytes);
  const lines = text.split('\n');
  for (const [i, point] of data.sentences.entries()) expect(lines).toContain(`${i + 1}) ${point}`);
  // An official paper: requisites, signature, «Исп.» line; no software footnote.
  const req = placeholderRequisites();
  for (const line of [req.organisation, req.addressee, req.headPosition, req.headName]) expect(lines).toContain(line);
  expect(lines).toContain(ru.requisites.executorLine(req.executor, req.phone));
  expect(text).not.toContain('Составлено ОКО-план');
  const row = (...cells: (string | number | null)[]): void => {
    const want = cells.map((v) => (v === null ? '—' : typeof v === 'number' ? ruNumber(v) : v));
    const at = lines.findIndex((_, i) => want.every((w, k) => lines[i + k] === w));
    expect({ row: want, found: at >= 0 }).toEqual({ row: want, found: true });
  };
  for (const s of data.plan.statuses ?? []) row(s.label, s.count, s.percent);
  for (const s of data.plan.controls ?? []) row(s.label, s.count, s.percent);
  for (const s of data.plan.sections) row(s.title, s.items, s.done, s.overdue);
  for (const s of data.plan.responsible) row(s.name, s.items, s.overdue);
  for (const m of data.plan.overdue ?? []) row(m.number ?? '—', m.activity, m.deadline);
  const c = data.checklists;
  if (c.state !== 'collected') throw new Error('not collected');
  for (const r of countRows(c.counts)) row(r.label, r.count, r.percent);
  for (const s of c.notSubmitted) row(s.code, s.name, s.statusLabel);
  for (const i of c.indicators) row(i.id, i.text, i.yes, i.no, i.partial, i.empty, yesShare(i));
  expect(lines).toContain(`По состоянию на 25.03.2022`);
  expect(await docxMedia(bytes)).toHaveLength(1);
});

test('rebuilding twice gives the same sheet, one picture, and the plan cells unchanged', async () => {
  const once = join(dir, 'once.xlsx');
  const twice = join(dir, 'twice.xlsx');
  expect((await oko('summary', book, '--today', DAY, '--out', once)).code).toBe(0);
  expect((await oko('summary', once, '--today', DAY, '--out', twice)).code).toBe(0);
  expect(await sheetValues(twice, 'Сводная справка')).toEqual(await sheetValues(once, 'Сводная справка'));
  for (const file of [once, twice]) expect(await sheetValues(file, 'План')).toEqual(await sheetValues(book, 'План'));
  const wb = new Workbook();
  await wb.xlsx.readFile(twice);
  expect(wb.worksheets.map((ws) => ws.name).filter((n) => n.startsWith('Сводная справка'))).toEqual([
    'Сводная справка',
  ]);
  expect(wb.getWorksheet('Сводная справка')?.getImages()).toHaveLength(1);
});

test('the demo book: `oko status` and `oko check` still find the plan, not the summary sheet', async () => {
  const status = await okoJson<StatusJson>('status', book, '--today', DAY, '--json');
  expect(status.items).toHaveLength(18);
  // `oko check` exits 1: the sample plan has an error; its JSON names the sheet all the same.
  const check = JSON.parse((await oko('check', book, '--json')).out) as { sheet: string };
  expect(check.sheet).toBe('План');
});

test('a plan without statuses and a book without checklists: the sections say so', async () => {
  const plain = join(dir, 'plan-3.xlsx');
  const out = join(dir, 'plain-summary.xlsx');
  const r = await oko('summary', plain, '--today', DAY, '--out', out, '--json');
  expect(r.code).toBe(0);
  const data = JSON.parse(r.out) as SummaryData;
  expect(data.plan.tracked).toBe(false);
  expect(data.plan.statuses).toBeNull();
  expect(data.checklists).toEqual({ state: 'none' });
  expect(data.chart).toBeNull();
  const words = (await sheetValues(out, 'Сводная справка'))?.flat() ?? [];
  expect(words).toContain(ru.summary.empty.statuses);
  expect(words).toContain(ru.summary.empty.checklists);
  expect(words).toContain(ru.summary.empty.overdueUntracked);
});

test('exit 2 with one Russian line for an unreadable file, a book without a plan, a bad date', async () => {
  const missing = await oko('summary', join(dir, 'нет.xlsx'), '--today', DAY);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/не найден/);
  const noPlan = join(dir, 'empty.xlsx');
  const wb = new Workbook();
  wb.addWorksheet('Лист1').getCell('A1').value = 'Просто текст';
  await wb.xlsx.writeFile(noPlan);
  const r = await oko('summary', noPlan, '--today', DAY);
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect((await oko('summary', book, '--today', '2022-13-01')).code).toBe(2);
});
