/**
 * «Чек-листы школ» as host-neutral flows (see core/commands/flow.ts), so Google Sheets, Excel and
 * the CLI run the same steps: prepare the book, plan the school files, collect them into the book.
 * Reading and writing the school files themselves is the host's part (Drive, file picker, folder).
 */
import type { Change } from '../changes/change-set';
import { call, type Flow } from '../commands/flow';
import type { Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import { FILES_SHEET } from './accepted-files';
import { collectChecklists, type CollectContext, type CollectReport } from './collect';
import { DEFAULT_INDICATORS } from './default-template';
import { journalChanges } from './journal';
import { readRegistry, registrySheet, type Registry } from './registry';
import type { ReceivedFile } from './school-file';
import { readRequisites, schoolFileInfo } from '../summary/requisites';
import { makeSchoolSheet, type SchoolBookSpec } from './school-sheet';
import { makeTemplate, type Template } from './template';
import { readTemplateMeta, templateMetaSheet, TEMPLATE_SHEET } from './template-meta';
import { readTemplate, templateSheet } from './template-sheet';

export type BookLoad =
  | { readonly ok: true; readonly template: Template; readonly registry: Registry; readonly registryGrid: Grid }
  | { readonly ok: false; readonly message: string };

/** Reads «Школы» and «Чек-лист»: 2 calls to learn which exist, the hidden template sheet, 2 reads of grids. */
export function* loadChecklistBookFlow(): Flow<BookLoad> {
  const names = ru.checklists.sheets;
  const missing: string[] = [];
  if ((yield* call('readToolSheet', names.registry)) === null) missing.push(names.registry);
  if ((yield* call('readToolSheet', names.template)) === null) missing.push(names.template);
  if (missing.length > 0) return { ok: false, message: ru.checklists.problems.noSheets(missing) };
  const meta = readTemplateMeta(yield* call('readToolSheet', TEMPLATE_SHEET));
  const template = readTemplate(yield* call('readGrid', names.template), meta);
  if (!template.ok) return template;
  const registryGrid = yield* call('readGrid', names.registry);
  const registry = readRegistry(registryGrid);
  if (!registry.ok) return registry;
  return { ok: true, template: template.template, registry: registry.registry, registryGrid };
}

export interface PrepareResult {
  /** The sheets added; empty when both were there (nothing is ever overwritten). */
  readonly created: readonly string[];
  readonly message: string;
}

/**
 * «Подготовить книгу»: adds «Школы» (header only) and «Чек-лист» (the default template under
 * `templateId`) when they are missing, and records it in «Журнал». Existing sheets are not touched.
 */
export function* prepareChecklistBookFlow(ctx: CollectContext & { readonly templateId: string }): Flow<PrepareResult> {
  // The version is dated by the host's clock: the day of `now` where the host runs.
  const today = ctx.now.slice(0, 10);
  const names = ru.checklists.sheets;
  const changes: Change[] = [];
  const created: string[] = [];
  if ((yield* call('readToolSheet', names.registry)) === null) {
    changes.push(registrySheet());
    created.push(names.registry);
  }
  if ((yield* call('readToolSheet', names.template)) === null) {
    const template = makeTemplate(ctx.templateId, DEFAULT_INDICATORS, today);
    changes.push(templateSheet(template), templateMetaSheet(template));
    created.push(names.template);
  }
  if (created.length === 0) return { created, message: ru.checklists.prepare.exists };
  const message = ru.checklists.prepare.created(created);
  const journal = yield* call('readToolSheet', names.journal);
  changes.push(
    ...journalChanges(journal, {
      when: ctx.now,
      who: ctx.who,
      action: ru.checklists.journal.prepare,
      summary: message,
      entries: [],
    }),
  );
  yield* call('apply', changes);
  return { created, message };
}

export type MakePlan =
  | {
      readonly ok: true;
      readonly template: Template;
      readonly files: readonly SchoolBookSpec[];
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/** «Разослать», the book's part: one file spec per school of «Школы»; the host writes the files. */
export function* planChecklistFilesFlow(): Flow<MakePlan> {
  const book = yield* loadChecklistBookFlow();
  if (!book.ok) return book;
  const info = schoolFileInfo(readRequisites(yield* call('readToolSheet', ru.requisites.sheetName)));
  const files = book.registry.schools.map((s) => makeSchoolSheet(book.template, s, info));
  return { ok: true, template: book.template, files, warnings: book.registry.warnings };
}

export type CollectOutcome =
  { readonly ok: true; readonly report: CollectReport } | { readonly ok: false; readonly message: string };

/**
 * «Собрать»: validates and merges the files the host read, then writes «Свод чек-листов», the
 * statuses and dates in «Школы» and the «Журнал» rows in one `apply`. Host calls: 8 reads, 1 apply,
 * whatever the number of schools or files.
 */
export function* collectChecklistsFlow(files: readonly ReceivedFile[], ctx: CollectContext): Flow<CollectOutcome> {
  const book = yield* loadChecklistBookFlow();
  if (!book.ok) return book;
  const previousSummary = yield* call('readToolSheet', ru.checklists.sheets.summary);
  const acceptedFiles = yield* call('readToolSheet', FILES_SHEET);
  const journal = yield* call('readToolSheet', ru.checklists.sheets.journal);
  const { changes, report } = collectChecklists({ ...book, previousSummary, acceptedFiles, journal }, files, ctx);
  yield* call('apply', changes);
  return { ok: true, report };
}
