/**
 * The demo's «Объективность ВПР»: the synthetic municipality's eight downloads are written as
 * .xlsx files (as ФИС ОКО gives them), read back the way `oko vpr` reads them, and analysed into
 * the department's book, before «Статусы» and «Сводная справка» so both link to the analysis.
 */
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Workbook as Book } from 'exceljs';
import { runSync } from '../core/commands/flow';
import { ru } from '../core/messages/ru';
import { readSources, type VprSource } from '../core/vpr/read-sources';
import { vprFlow, type VprRun } from '../core/vpr/vpr-flow';
import { indexLine } from '../core/vpr/vpr-sheet';
import { cachedPainter, SummaryXlsxHost } from '../xlsx/summary-host';
import { vprMunicipality } from './demo-vpr-data';
import type { Io } from './io';
import { loadSource } from './vpr-files';
import { ensureDir } from './atomic-write';
import { saveWorkbook } from './xlsx-save';

export const VPR_DIR = 'vpr';

export async function demoVpr(wb: Book, dir: string, io: Io): Promise<VprRun> {
  const folder = join(dir, VPR_DIR);
  await ensureDir(folder);
  const sources: VprSource[] = [];
  for (const f of vprMunicipality()) {
    const book = new Workbook();
    const ws = book.addWorksheet('Лист1');
    for (const row of f.rows) ws.addRow(row.map((v) => (v === null || typeof v === 'object' ? null : v)));
    const path = join(folder, f.name);
    await saveWorkbook(book, path);
    const loaded = await loadSource(path);
    if (loaded.ok) sources.push(loaded.source);
    else io.err(loaded.message);
  }
  const read = readSources(sources);
  const { chartPng } = await import('./chart-png');
  const run = runSync(new SummaryXlsxHost(wb, null, cachedPainter(chartPng)), vprFlow(read.tables));
  const pupils = read.tables.reduce((s, t) => s + t.pupils.length, 0);
  io.out(ru.vpr.demo.result(sources.length, pupils, indexLine(run.analysis.index)));
  return run;
}
