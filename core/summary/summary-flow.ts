/**
 * «Сводная справка» as a host-neutral flow (see core/commands/flow.ts): read the plan sheet, the
 * checklist sheets and the old summary sheet, then ONE apply that rebuilds the summary sheet
 * and adds its chart. The plan is only read. Host calls: 5 or 6 reads and 1 apply, whatever the size.
 */
import { readTemplateMeta, TEMPLATE_SHEET } from '../checklists/template-meta';
import { readRegistry } from '../checklists/registry';
import { readTemplate } from '../checklists/template-sheet';
import { call, type Flow } from '../commands/flow';
import { isoToRu, type CellValue, type Grid, type IsoDate } from '../grid/grid';
import { ru } from '../messages/ru';
import { isToolSheetName } from '../plan/plan-sheet';
import { readPlan } from '../plan/read-plan';
import { choosePlanFlow } from '../commands/plan-sheet-flow';
import { checklistsFromBook } from './checklist-summary';
import { readRequisites, requisitesSheet } from './requisites';
import { spravkaChanges, spravkaSheetName } from './spravka-sheet';
import { summaryData } from './summary-data';
import type { ChecklistSummary, SummaryData } from './summary-types';
import { TOOL_SHEETS } from './tool-sheets';
import { readVprDigest } from '../vpr/vpr-digest';

export interface SummaryResult {
  readonly ok: boolean;
  /** The plan's sheet. */
  readonly sheet: string;
  readonly message: string;
  readonly data: SummaryData | null;
  /** The summary sheet written, or null on failure. */
  readonly written: string | null;
}

const fail = (sheet: string, message: string): SummaryResult => ({
  ok: false,
  sheet,
  message,
  data: null,
  written: null,
});

const asGrid = (sheet: string, values: readonly (readonly CellValue[])[]): Grid => ({ sheet, values, merges: [] });

/** «Школы», «Чек-лист» (with its hidden sheet) and «Свод чек-листов», as far as the book has them: 4 reads. */
export function* readChecklistSummary(): Flow<ChecklistSummary> {
  const names = ru.checklists.sheets;
  const registryRows = yield* call('readToolSheet', names.registry);
  const templateRows = yield* call('readToolSheet', names.template);
  if (registryRows === null && templateRows === null) return { state: 'none' };
  if (registryRows === null || templateRows === null) {
    const missing = registryRows === null ? names.registry : names.template;
    return { state: 'unreadable', message: ru.checklists.problems.noSheets([missing]) };
  }
  const template = readTemplate(
    asGrid(names.template, templateRows),
    readTemplateMeta(yield* call('readToolSheet', TEMPLATE_SHEET)),
  );
  if (!template.ok) return { state: 'unreadable', message: template.message };
  const registry = readRegistry(asGrid(names.registry, registryRows));
  if (!registry.ok) return { state: 'unreadable', message: registry.message };
  const summary = yield* call('readToolSheet', names.summary);
  return checklistsFromBook(template.template, registry.registry, summary);
}

/**
 * «Сводная справка» from the menu or the pane: the open sheet when it holds the plan; from one of
 * the tool's sheets, or a sheet without a plan, the plan core finds (the remembered one first),
 * and the message says which sheet was taken.
 */
export function* openPlanSummaryFlow(today: IsoDate, remembered: string | null): Flow<SummaryResult> {
  const open = yield* call('activeSheet');
  const tool = TOOL_SHEETS.includes(open) || isToolSheetName(open);
  const first = tool ? null : yield* summaryFlow(today, open);
  if (first?.ok) return first;
  /** The result with a word on which sheet was taken instead of the open one. */
  const taken = (r: SummaryResult, note: string | null): SummaryResult => {
    const notes = [tool ? null : ru.planSheet.takenInstead(open, r.sheet), note].filter((n) => n !== null);
    return r.ok && notes.length ? { ...r, message: [r.message, ...notes].join(' ') } : r;
  };
  const names = yield* call('sheetNames');
  if (remembered !== null && remembered !== open && names.includes(remembered) && !isToolSheetName(remembered)) {
    const again = yield* summaryFlow(today, remembered);
    if (again.ok) return taken(again, null);
  }
  const choice = yield* choosePlanFlow({ remembered, skip: open, names });
  // Nothing but the tool's sheets: say so, as the open tool sheet always did.
  if (!choice.ok)
    return first ?? fail(open, choice.code === 'no-plan' ? choice.message : ru.summary.flow.toolSheet(open));
  return taken(yield* summaryFlow(today, choice.sheet), choice.note);
}

/** Builds the summary of the plan on `sheet` (the active sheet by default) as of `today`. */
export function* summaryFlow(today: IsoDate, sheet?: string): Flow<SummaryResult> {
  const name = sheet ?? (yield* call('activeSheet'));
  if (TOOL_SHEETS.includes(name)) return fail(name, ru.summary.flow.toolSheet(name));
  const grid = yield* call('readGrid', name);
  const read = readPlan(grid);
  if (!read.ok) return fail(name, read.problem.message);
  const checklists = yield* readChecklistSummary();
  const target = spravkaSheetName(yield* call('readToolSheet', ru.summary.sheetName));
  const requisiteRows = yield* call('readToolSheet', ru.requisites.sheetName);
  const requisites = readRequisites(requisiteRows);
  const vpr = yield* readVprDigest();
  const data = { ...summaryData({ plan: read.plan, grid, today, checklists, requisites }), vpr };
  // «Реквизиты» is added once with placeholders and never rewritten: it is the official's.
  yield* call('apply', [...(requisiteRows === null ? [requisitesSheet()] : []), ...spravkaChanges(data, target)]);
  return { ok: true, sheet: name, message: ru.summary.flow.done(target, isoToRu(today)), data, written: target };
}
