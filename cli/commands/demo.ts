/**
 * `oko demo [--out DIR]` (what `npm start` runs): the whole job on built-in data. The five sample
 * plans are checked (marked copies beside them); then on the sample plan with deadlines
 * (seed 002) statuses are kept for a fixed day, checklists go to 20 schools, come back (some
 * late, some faulty), are collected, and «Сводная справка» and the справка .docx are written;
 * before all that, the ВПР results of a synthetic municipality go into «Объективность ВПР».
 */
import { join, resolve } from 'node:path';
import { addDays } from '../../core/grid/dates';
import { ru } from '../../core/messages/ru';
import type { Command } from '../args';
import { checkWorkbook, markWorkbook } from '../book-check';
import { BOOK_FILE, demoBook, DOCX_FILE, SCHOOLS_DIR } from '../demo-book';
import { VPR_DIR } from '../demo-vpr';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { pastedTextToWorkbook } from '../paste';
import { demoWordImport, WORD_BOOK, WORD_FILE } from '../demo-word';
import { readSamples, samplesDir, type Sample } from '../samples';
import { countBySeverity } from '../../core/check/issue';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type DemoCommand = Extract<Command, { kind: 'demo' }>;

/** The sample the department's book is made of: seed 002, the plan with real deadlines. */
export const DEMO_PLAN = 'plan-3';
/** The day of the demo: some seven months into the plan's period, so some measures are overdue. */
const DEMO_DAY = 205;
const STEPS = 8;

/** One sample: write its book, read it back as a user's file, check it, write the marked copy. */
async function demoSample(sample: Sample, dir: string, io: Io): Promise<boolean> {
  const source = join(dir, `${sample.name}.xlsx`);
  await saveWorkbook(pastedTextToWorkbook(sample.text, ru.cli.demo.sheetName), source);
  const wb = await openWorkbook(source);
  try {
    const { plan, issues } = checkWorkbook(wb, source, null);
    markWorkbook(wb, plan.sheet);
    await saveWorkbook(wb, join(dir, `${sample.name}.checked.xlsx`));
    const n = countBySeverity(issues);
    io.out(ru.cli.demo.plan(sample.name, plan.items.length, n.error, n.warning, n.info));
    return true;
  } catch (err) {
    if (!(err instanceof CliFailure)) throw err;
    io.out(ru.cli.demo.problem(sample.name, err.message));
    return false;
  }
}

export async function runDemo(cmd: DemoCommand, io: Io): Promise<number> {
  const samples = readSamples();
  const main = samples.find((s) => s.name === DEMO_PLAN);
  if (!main) throw new CliFailure(ru.cli.demo.samplesMissing(samplesDir()));
  const dir = resolve(cmd.out);
  const m = ru.cli.demo;
  let k = 0;
  const step = (text: string): void => io.out(m.step(++k, STEPS, text));
  io.out(m.start(dir));
  step(m.steps.check(samples.length));
  let failed = 0;
  for (const sample of samples) if (!(await demoSample(sample, dir, io))) failed++;
  if (!(await demoWordImport(main.text, dir, io))) failed++;

  const wb = pastedTextToWorkbook(main.text, m.sheetName);
  const { plan } = checkWorkbook(wb, DEMO_PLAN, null);
  if (!plan.period) throw new CliFailure(ru.cli.summary.noPeriod);
  const data = await demoBook(wb, plan.sheet, main.name, { dir, today: addDays(plan.period.from, DEMO_DAY), step, io });

  io.out(m.summaryHead);
  for (const s of data.sentences) io.out(`  ${s}`);
  io.out(m.result);
  io.out(m.written('plan-*.xlsx', m.what.plans));
  io.out(m.written(BOOK_FILE, m.what.book));
  io.out(m.written(`${SCHOOLS_DIR}/`, m.what.schools));
  io.out(m.written(DOCX_FILE, m.what.docx));
  io.out(m.written(`${WORD_FILE}, ${WORD_BOOK}`, ru.docxImport.demoFiles));
  io.out(m.written(`${VPR_DIR}/`, ru.vpr.demo.what));
  if (failed > 0) {
    io.err(m.someFailed);
    return 2;
  }
  io.out(m.done(dir));
  return 0;
}
