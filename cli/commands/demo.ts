/** `oko demo [--out DIR]`: the built-in sample plans as books, checked, with marked copies beside them. */
import { join, resolve } from 'node:path';
import { markChanges } from '../../core/changes/marks';
import { runSync } from '../../core/commands/flow';
import { trackingFlow } from '../../core/commands/status-flows';
import { addDays } from '../../core/grid/dates';
import { isoToRu } from '../../core/grid/grid';
import { XlsxHost } from '../xlsx-host';
import { ru } from '../../core/messages/ru';
import type { Command } from '../args';
import { checkWorkbook, reportNameIn } from '../book-check';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { pastedTextToWorkbook } from '../paste';
import { readSamples, samplesDir, type Sample } from '../samples';
import { countBySeverity } from '../summary';
import { applyChanges } from '../xlsx-apply';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type DemoCommand = Extract<Command, { kind: 'demo' }>;

/** One sample: write its book, read it back as a user's file, check it, write the marked copy. */
async function demoSample(sample: Sample, dir: string, io: Io): Promise<boolean> {
  const source = join(dir, `${sample.name}.xlsx`);
  const checkedFile = join(dir, `${sample.name}.checked.xlsx`);
  await saveWorkbook(pastedTextToWorkbook(sample.text, ru.cli.demo.sheetName), source);
  const wb = await openWorkbook(source);
  try {
    const { plan, issues } = checkWorkbook(wb, source, null);
    applyChanges(wb, markChanges(plan, issues, reportNameIn(wb)));
    await saveWorkbook(wb, checkedFile);
    const n = countBySeverity(issues);
    io.out(ru.cli.demo.plan(sample.name, plan.items.length, n.error, n.warning, n.info));
    io.out(ru.cli.demo.files(source, checkedFile));
    if (plan.period) await demoStatuses(source, join(dir, `${sample.name}.status.xlsx`), plan.sheet, addDays(plan.period.from, DEMO_DAY), io);
    return true;
  } catch (err) {
    if (!(err instanceof CliFailure)) throw err;
    io.out(ru.cli.demo.problem(sample.name, err.message));
    return false;
  }
}

/** Statuses are shown as of some seven months into each plan's period, so some are overdue. */
const DEMO_DAY = 205;

/** The same plan with the tracking columns, as «Статусы → Включить отслеживание» on a given day. */
async function demoStatuses(source: string, out: string, sheet: string, today: string, io: Io): Promise<void> {
  const wb = await openWorkbook(source);
  const result = runSync(new XlsxHost(wb, sheet), trackingFlow(today, true));
  if (!result.ok) {
    io.out(ru.cli.demo.noStatuses(result.message));
    return;
  }
  await saveWorkbook(wb, out);
  io.out(ru.cli.demo.statuses(isoToRu(today), result.message, out));
}

export async function runDemo(cmd: DemoCommand, io: Io): Promise<number> {
  const samples = readSamples();
  if (samples.length === 0) throw new CliFailure(ru.cli.demo.samplesMissing(samplesDir()));
  const dir = resolve(cmd.out);
  io.out(ru.cli.demo.start(dir));
  let failed = 0;
  for (const sample of samples) if (!(await demoSample(sample, dir, io))) failed++;
  if (failed > 0) {
    io.err(ru.cli.demo.someFailed);
    return 2;
  }
  io.out(ru.cli.demo.done(dir));
  return 0;
}
