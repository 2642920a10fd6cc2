/**
 * `npm run bench`, «Чек-листы школ»: make 1,000 school files and collect them back through the
 * CLI commands themselves (the code `oko checklists make|collect` runs); half the schools fill
 * their file in between, as schools do. Prints seconds per phase and files per second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { CollectJson } from '../core/checklists/collect-json';
import { DEFAULT_INDICATORS } from '../core/checklists/default-template';
import { runChecklistsCollect } from '../cli/commands/checklists-collect';
import { runChecklistsInit } from '../cli/commands/checklists-init';
import { runChecklistsMake } from '../cli/commands/checklists-make';
import type { Io } from '../cli/io';

export interface ScaleRun {
  readonly schools: number;
  readonly filled: number;
  readonly makeMs: number;
  readonly collectMs: number;
  readonly report: CollectJson;
}

function quietIo(): Io & { readonly lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (t) => lines.push(t), err: (t) => lines.push(t) };
}

async function addSchools(book: string, n: number): Promise<string[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet('Школы');
  if (!ws) throw new Error('«Школы» missing after init');
  const codes = Array.from({ length: n }, (_, i) => String(100001 + i));
  codes.forEach((code, i) => {
    ws.getCell(i + 2, 1).value = code;
    ws.getCell(i + 2, 2).value = `МБОУ «СОШ № ${i + 1}»`;
    ws.getCell(i + 2, 4).value = `school${code}@edu.example`;
  });
  await wb.xlsx.writeFile(book);
  return codes;
}

/** A school opens its file, answers every indicator and saves it. */
async function fill(file: string, k: number): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Чек-лист');
  if (!ws) throw new Error('«Чек-лист» missing in a school file');
  DEFAULT_INDICATORS.forEach((ind, i) => {
    const choice = ['Да', 'Нет', 'Частично'][(k + i) % 3] ?? 'Да';
    ws.getCell(i + 2, 3).value =
      ind.type === 'choice'
        ? choice
        : ind.type === 'number'
          ? k % 9
          : ind.type === 'date'
            ? '01.09.2024'
            : 'https://school.example/oko';
  });
  wb.modified = new Date(Date.UTC(2025, 4, 20, 9, 0, k % 60));
  await wb.xlsx.writeFile(file);
}

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/** The whole round in `dir`: init, list `schools`, make, fill every `fillEvery`-th file, collect. */
export async function checklistsAtScale(dir: string, schools: number, fillEvery = 2): Promise<ScaleRun> {
  const io = quietIo();
  const book = join(dir, 'Книга.xlsx');
  const files = join(dir, 'файлы');
  if ((await runChecklistsInit({ kind: 'checklists-init', book }, io)) !== 0) throw new Error(io.lines.join('\n'));
  const codes = await addSchools(book, schools);
  let t0 = process.hrtime.bigint();
  if ((await runChecklistsMake({ kind: 'checklists-make', book, out: files }, io)) !== 0)
    throw new Error(io.lines.join('\n'));
  const makeMs = ms(t0);
  let filled = 0;
  for (const [k, code] of codes.entries()) {
    if (k % fillEvery !== 0) continue;
    await fill(join(files, `${code}.xlsx`), k);
    filled++;
  }
  const json = quietIo();
  t0 = process.hrtime.bigint();
  const code = await runChecklistsCollect(
    { kind: 'checklists-collect', book, dir: files, out: join(dir, 'Итог.xlsx'), json: true },
    json,
  );
  const collectMs = ms(t0);
  if (code !== 0) throw new Error(json.lines.join('\n'));
  return { schools, filled, makeMs, collectMs, report: JSON.parse(json.lines.join('\n')) as CollectJson };
}

async function main(): Promise<void> {
  const n = Number(process.env['OKO_BENCH_SCHOOLS'] ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), 'oko-bench-checklists-'));
  try {
    const r = await checklistsAtScale(dir, n);
    const s = (x: number): string => (x / 1000).toFixed(1);
    console.log(`Чек-листы школ: ${r.schools} школ, заполнили ${r.filled}`);
    console.log(`рассылка (make) ${s(r.makeMs)} с, ${Math.round((r.schools / r.makeMs) * 1000)} файлов/с`);
    console.log(
      `сбор (collect) ${s(r.collectMs)} с, ${Math.round((r.schools / r.collectMs) * 1000)} файлов/с; сдали ${r.report.schools.filter((x) => x.status === 'Сдан').length}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
