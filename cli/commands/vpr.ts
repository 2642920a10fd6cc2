/**
 * `oko vpr ФАЙЛЫ_ИЛИ_ПАПКА… [--out КНИГА.xlsx] [--json]`: «Объективность ВПР» over the downloaded
 * participant-level files. The files are only read. `--out` builds the sheet in a book (a new
 * one, or an existing one whose «Параметры» apply and whose old version is kept as *.bak.xlsx).
 * Exit 0 when analysed, 2 when nothing could be read.
 */
import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { runSync } from '../../core/commands/flow';
import { ru } from '../../core/messages/ru';
import { readSources, type VprSource } from '../../core/vpr/read-sources';
import { vprFlow, type VprRun } from '../../core/vpr/vpr-flow';
import { vprJson } from '../../core/vpr/vpr-json';
import { flaggedLines } from '../../core/vpr/vpr-outcome';
import { indexLine } from '../../core/vpr/vpr-sheet';
import type { Change } from '../../core/changes/change-set';
import type { SheetHost } from '../../core/host/host';
import { XlsxHost } from '../../xlsx/host';
import { reasonOf } from '../../xlsx/reason';
import { cachedPainter, SummaryXlsxHost } from '../../xlsx/summary-host';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { samePath } from '../paths';
import type { VprCommand } from '../vpr-args';
import { expandInputs, loadSource } from '../vpr-files';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

/** A book kept in memory only: the analysis runs the same flow, its chart is not drawn. */
class NoChartHost extends XlsxHost implements SheetHost {
  override apply(changes: readonly Change[]): void {
    super.apply(changes.filter((c) => c.kind !== 'chart'));
  }
}

/** The book written atomically (cli/xlsx-save.ts); an existing one is first kept as *.bak.xlsx. */
async function saveBook(wb: Workbook, file: string): Promise<void> {
  if (existsSync(file)) {
    try {
      await copyFile(file, file.replace(/\.xlsx$/i, '') + '.bak.xlsx');
    } catch (err) {
      throw new CliFailure(ru.cli.writeFailed(file, reasonOf(err)));
    }
  }
  await saveWorkbook(wb, file);
}

async function bookFor(out: string | null): Promise<Workbook> {
  return out !== null && existsSync(out) ? openWorkbook(out) : new Workbook();
}

async function analyseBook(wb: Workbook, tables: Parameters<typeof vprFlow>[0], draw: boolean): Promise<VprRun> {
  const inner = new NoChartHost(wb);
  if (!draw) return runSync(inner, vprFlow(tables));
  const { chartPng } = await import('../chart-png');
  return runSync(new SummaryXlsxHost(wb, null, cachedPainter(chartPng)), vprFlow(tables));
}

function report(run: VprRun, files: number, tables: number, pupils: number): string[] {
  const m = ru.vpr.cli;
  const flagged = flaggedLines(run.analysis).map((l) => `  ${l}`);
  return [
    m.read(files, tables, pupils),
    indexLine(run.analysis.index),
    flagged.length ? m.flaggedHead : m.noFlagged,
    ...flagged,
  ];
}

export async function runVpr(cmd: VprCommand, io: Io): Promise<number> {
  const m = ru.vpr.cli;
  const { files, messages } = await expandInputs(cmd.inputs);
  if (cmd.out !== null && files.some((f) => samePath(f, cmd.out ?? ''))) throw new CliFailure(m.outIsInput(cmd.out));
  const sources: VprSource[] = [];
  for (const file of files) {
    const loaded = await loadSource(file);
    if (loaded.ok) sources.push(loaded.source);
    else messages.push(loaded.message);
  }
  const read = readSources(sources);
  messages.push(...read.messages);
  for (const line of messages) io.err(line);
  if (read.tables.length === 0) {
    io.err(m.nothing);
    return 2;
  }
  const wb = await bookFor(cmd.out);
  const run = await analyseBook(wb, read.tables, cmd.out !== null);
  for (const line of run.warnings) io.err(line);
  if (cmd.out !== null) await saveBook(wb, cmd.out);
  if (cmd.json) {
    io.out(JSON.stringify(vprJson(run.analysis), null, 2));
    return 0;
  }
  const pupils = read.tables.reduce((s, t) => s + t.pupils.length, 0);
  io.out(report(run, sources.length, read.tables.length, pupils).join('\n'));
  if (cmd.out !== null) io.out(m.written(cmd.out));
  if (cmd.out !== null && run.paramsCreated) io.out(m.paramsCreated);
  if (cmd.out === null) io.out(m.dryRun);
  return 0;
}
