/**
 * The department's whole job on one book, as `oko demo` shows it: statuses of the plan on a fixed
 * day, checklists made for 20 schools, filled by them, collected, and «Сводная справка» with its
 * .docx. Every step runs the same core flows as Google Sheets, Excel and the other CLI commands.
 */
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { linkCell } from '../core/checklists/link-text';
import {
  collectChecklistsFlow,
  planChecklistFilesFlow,
  prepareChecklistBookFlow,
} from '../core/checklists/checklist-flows';
import type { CollectContext, CollectReport } from '../core/checklists/collect';
import { readRegistry } from '../core/checklists/registry';
import type { ReceivedFile } from '../core/checklists/school-file';
import { newTemplateId, versionName } from '../core/checklists/template';
import type { Change } from '../core/changes/change-set';
import { runSync } from '../core/commands/flow';
import { trackingFlow } from '../core/commands/status-flows';
import { isoToRu, type IsoDate } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import { readPlan } from '../core/plan/read-plan';
import type { SummaryData } from '../core/summary/summary-types';
import { XlsxHost } from '../xlsx/host';
import { readSchoolFile } from './checklist-school-read';
import { schoolWorkbook } from '../xlsx/school-write';
import { schoolFilesIn } from './commands/checklists-collect';
import { buildSummary, saveBytes, summaryDocx } from './commands/summary';
import {
  assignScenarios,
  demoSchools,
  fillSchoolBook,
  FORMULA_TEXT,
  registryRows,
  type Scenario,
} from './demo-checklists';
import { seeded } from './demo-random';
import { simulateStatuses, statusChanges } from './demo-statuses';
import { CliFailure } from './failure';
import type { Io } from './io';
import { saveWorkbook } from './xlsx-save';
import { demoVpr } from './demo-vpr';

export const BOOK_FILE = 'book.xlsx';
export const SCHOOLS_DIR = 'schools';
export const DOCX_FILE = 'spravka.docx';
/** Schools whose checklist the department accepts after the first collect. */
const ACCEPTED = 4;

export interface DemoBookOptions {
  readonly dir: string;
  readonly today: IsoDate;
  /** Prints `[k/N] …` before a step. */
  readonly step: (text: string) => void;
  readonly io: Io;
}

/** A moment of the demo's calendar, UTC noon-ish so the day is the same in every time zone. */
const at = (day: IsoDate, hour: number, minute = 0): Date => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, hour, minute));
};
const addDaysTo = (date: Date, days: number): Date => new Date(date.getTime() + days * 86400000);

function statuses(wb: Workbook, sheet: string, today: IsoDate, io: Io): void {
  const host = new XlsxHost(wb, sheet);
  const enabled = runSync(host, trackingFlow(today, true));
  if (!enabled.ok || !enabled.report) throw new CliFailure(enabled.message);
  const read = readPlan(host.readGrid(sheet));
  if (!read.ok) throw new CliFailure(read.problem.message);
  host.apply(statusChanges(sheet, read.plan.header.columns, simulateStatuses(enabled.report, today, seeded(2028))));
  const refreshed = runSync(host, trackingFlow(today, false));
  const t = refreshed.report?.totals;
  if (!refreshed.ok || !t) throw new CliFailure(refreshed.message);
  io.out(ru.cli.demo.statuses(refreshed.message, t.status.done, t.status['in-progress']));
}

interface SentFile {
  readonly code: string;
  readonly path: string;
  readonly book: Workbook;
}

/** «Подготовить книгу» + the registry, then one file per school, sent on the 1st of the month. */
async function prepareAndSend(
  wb: Workbook,
  opts: DemoBookOptions,
  ctx: CollectContext,
): Promise<{ sent: SentFile[]; indicators: Parameters<typeof fillSchoolBook>[1] }> {
  const schools = demoSchools();
  opts.step(ru.cli.demo.steps.prepare(schools.length));
  const host = new XlsxHost(wb);
  runSync(host, prepareChecklistBookFlow({ ...ctx, templateId: newTemplateId('oko-demo') }));
  host.apply([registryRows(schools)]);
  const plan = runSync(host, planChecklistFilesFlow());
  if (!plan.ok) throw new CliFailure(plan.message);
  opts.io.out(ru.cli.demo.template(versionName(plan.template.date), plan.template.indicators.length));
  opts.step(ru.cli.demo.steps.send(plan.files.length));
  const dir = join(opts.dir, SCHOOLS_DIR);
  const sentAt = at(opts.today, 9, 0);
  const sent: SentFile[] = [];
  for (const spec of plan.files) {
    const book = await schoolWorkbook(spec, addDaysTo(sentAt, -24));
    const path = join(dir, spec.fileName);
    await saveWorkbook(book, path);
    sent.push({ code: spec.code, path, book });
  }
  opts.io.out(ru.cli.demo.sent(dir));
  return { sent, indicators: plan.template.indicators };
}

async function fill(
  sent: readonly SentFile[],
  indicators: Parameters<typeof fillSchoolBook>[1],
  opts: DemoBookOptions,
): Promise<Map<string, Scenario>> {
  opts.step(ru.cli.demo.steps.fill);
  const rand = seeded(2025);
  const scenarios = assignScenarios(
    sent.map((s) => s.code),
    rand,
  );
  let returned = 0;
  for (const s of sent) {
    const scenario = scenarios.get(s.code) ?? 'late';
    if (scenario === 'late') continue;
    // Returned over the fortnight before the collect, one school a few minutes after another.
    const day = -14 + Math.floor((returned * 13) / sent.length);
    fillSchoolBook(s.book, indicators, scenario, s.code, addDaysTo(at(opts.today, 9, 30 + returned++), day), rand);
    await saveWorkbook(s.book, s.path);
  }
  const n = (k: Scenario): number => [...scenarios.values()].filter((v) => v === k).length;
  opts.io.out(
    ru.cli.demo.filled(n('full') + n('formula'), n('partial'), n('deleted-row') + n('bad-answer'), n('late')),
  );
  const formula = [...scenarios].find(([, v]) => v === 'formula')?.[0];
  if (formula) opts.io.out(ru.cli.demo.formula(formula));
  return scenarios;
}

/** The department accepts the first checklists handed in: «Принят» typed into «Школы». */
function accept(wb: Workbook, report: CollectReport): { change: Change[]; codes: string[] } {
  const codes = report.schools
    .filter((s) => s.statusId === 'submitted')
    .slice(0, ACCEPTED)
    .map((s) => s.code);
  const registry = readRegistry(new XlsxHost(wb).readGrid(ru.checklists.sheets.registry));
  if (!registry.ok || registry.registry.cols.status === undefined) return { change: [], codes: [] };
  const col = registry.registry.cols.status;
  const sheet = registry.registry.sheet;
  const change: Change[] = registry.registry.schools
    .filter((s) => codes.includes(s.code))
    .map((s) => ({ kind: 'values', sheet, row: s.row, col, values: [[ru.checklists.status.accepted]] }));
  return { change, codes };
}

/** Whether the school's formula text reached «Свод чек-листов» as a real link, and no cell there is a formula. */
function formulaKeptAsText(wb: Workbook): boolean {
  const link = linkCell(FORMULA_TEXT);
  const url = link !== null && typeof link === 'object' && 'url' in link ? link.url : '';
  let found = false;
  let formula = false;
  wb.getWorksheet(ru.checklists.sheets.summary)?.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value;
      if (v !== null && typeof v === 'object' && 'hyperlink' in v) found ||= v.hyperlink === url;
      if (v !== null && typeof v === 'object' && 'formula' in v) formula = true;
    });
  });
  return found && !formula;
}

/** Collect, accept some, collect again (as the department does after a look at the «Свод»). */
async function collect(wb: Workbook, opts: DemoBookOptions, scenarios: Map<string, Scenario>): Promise<void> {
  opts.step(ru.cli.demo.steps.collect);
  const files: ReceivedFile[] = [];
  for (const p of schoolFilesIn(join(opts.dir, SCHOOLS_DIR), [])) files.push(await readSchoolFile(p));
  const host = new XlsxHost(wb);
  const first = runSync(host, collectChecklistsFlow(files, demoContext(opts.today, 10)));
  if (!first.ok) throw new CliFailure(first.message);
  const { change, codes } = accept(wb, first.report);
  host.apply(change);
  const again = runSync(host, collectChecklistsFlow(files, demoContext(opts.today, 11)));
  if (!again.ok) throw new CliFailure(again.message);
  opts.io.out(`  ${first.report.message}`);
  for (const q of first.report.quarantine) opts.io.out(ru.checklists.cli.quarantineLine(q.file, q.reason));
  if (codes.length) opts.io.out(ru.cli.demo.accepted(codes));
  const formula = [...scenarios].find(([, v]) => v === 'formula')?.[0];
  if (formula) opts.io.out(formulaKeptAsText(wb) ? ru.cli.demo.formulaKept(formula) : ru.cli.demo.formulaLost(formula));
}

/** The run's moment and actor in «Журнал»: the demo's fixed clock, not the machine's. */
const demoContext = (today: IsoDate, hour: number): CollectContext => ({
  now: `${today}T${String(hour).padStart(2, '0')}:00:00+03:00`,
  who: ru.cli.demo.who,
});

/** Steps 2–8 on the book of the sample plan `name` (sheet `sheet`); returns the summary written. */
export async function demoBook(wb: Workbook, sheet: string, name: string, opts: DemoBookOptions): Promise<SummaryData> {
  // First, so that «Статусы» note the plan's measures about the schools it finds, and the справка tells of it.
  opts.step(ru.vpr.demo.step);
  await demoVpr(wb, opts.dir, opts.io);
  opts.step(ru.cli.demo.steps.statuses(name, isoToRu(opts.today)));
  statuses(wb, sheet, opts.today, opts.io);
  const { sent, indicators } = await prepareAndSend(wb, opts, demoContext(opts.today, 9));
  const scenarios = await fill(sent, indicators, opts);
  await collect(wb, opts, scenarios);
  opts.step(ru.cli.demo.steps.summary);
  const { data, paint } = await buildSummary(wb, sheet, opts.today);
  wb.created = at(opts.today, 7);
  wb.modified = at(opts.today, 7);
  await saveWorkbook(wb, join(opts.dir, BOOK_FILE));
  await saveBytes(join(opts.dir, DOCX_FILE), await summaryDocx(data, paint));
  return data;
}
