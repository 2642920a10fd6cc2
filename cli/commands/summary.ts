/**
 * `oko summary BOOK.xlsx [--today D] [--sheet NAME] [--out OUT.xlsx] [--docx OUT.docx] [--json]`:
 * the «Сводная справка» sheet (with the chart as a picture) in a copy of the book or in the book
 * itself, the справка as .docx, the same figures as JSON. The plan is only read.
 */
import { commandToday } from '../today';
import { runSync } from '../../core/commands/flow';
import { isoToRu } from '../../core/grid/grid';
import { ru } from '../../core/messages/ru';
import { CHART_SIZE } from '../../core/summary/summary-chart';
import { summaryFlow } from '../../core/summary/summary-flow';
import type { SummaryData } from '../../core/summary/summary-types';
import type { Command } from '../args';
import { checkWorkbook } from '../book-check';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { cachedPainter, SummaryXlsxHost, type ChartPainter } from '../../xlsx/summary-host';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';
import { writeFileAtomic, type WriteResult } from '../atomic-write';
import type { Workbook } from 'exceljs';

export type SummaryCommand = Extract<Command, { kind: 'summary' }>;

/** Writes the bytes atomically; `inputs` as in writeFileAtomic. */
export async function saveBytes(file: string, bytes: Uint8Array, inputs: readonly string[] = []): Promise<WriteResult> {
  return writeFileAtomic(file, bytes, inputs);
}

/** Builds the summary sheet in `wb` (in memory); ECharts and resvg load only when a summary is made. */
export async function buildSummary(
  wb: Workbook,
  sheet: string,
  today: string,
): Promise<{ data: SummaryData; paint: ChartPainter }> {
  const { chartPng } = await import('../chart-png');
  const paint = cachedPainter(chartPng);
  const result = runSync(new SummaryXlsxHost(wb, sheet, paint), summaryFlow(today, sheet));
  if (!result.ok || !result.data) throw new CliFailure(result.message);
  return { data: result.data, paint };
}

/** The .docx bytes with the same chart picture as the sheet. */
export async function summaryDocx(data: SummaryData, paint: ChartPainter): Promise<Uint8Array> {
  const { spravkaDocx } = await import('../../export/spravka-docx');
  const png = data.chart ? paint(data.chart, CHART_SIZE.width, CHART_SIZE.height) : null;
  return spravkaDocx(data, png);
}

export async function runSummary(cmd: SummaryCommand, io: Io): Promise<number> {
  const today = commandToday(cmd.today);
  const wb = await openWorkbook(cmd.file);
  const { plan, note } = checkWorkbook(wb, cmd.file, cmd.sheet);
  if (note !== null) io.err(note);
  const sheet = plan.sheet;
  const { data, paint } = await buildSummary(wb, sheet, today);
  const backups: string[] = [];
  const keep = (r: WriteResult): void => {
    if (r.backup !== null) backups.push(r.backup);
  };
  if (cmd.out !== null) keep(await saveWorkbook(wb, cmd.out, [cmd.file]));
  if (cmd.docx !== null) keep(await saveBytes(cmd.docx, await summaryDocx(data, paint), [cmd.file]));
  for (const b of backups) io.err(ru.cli.backupKept(b));
  if (cmd.json) {
    io.out(JSON.stringify({ ...data, written: cmd.out, docx: cmd.docx }, null, 2));
    return 0;
  }
  const m = ru.summary.cli;
  io.out([m.header(data.sheet, isoToRu(data.today)), ...data.sentences].join('\n'));
  if (cmd.out !== null) io.out(m.written(cmd.out));
  if (cmd.docx !== null) io.out(m.docx(cmd.docx));
  if (cmd.out === null && cmd.docx === null) io.out(m.dryRun);
  return 0;
}
