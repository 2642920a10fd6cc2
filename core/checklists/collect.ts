/**
 * «Собрать»: received files + the book as read → the changes to the book and the report. Pure:
 * the same book and files give the same changes (only the appended «Журнал» rows carry `now`).
 */
import type { Change } from '../changes/change-set';
import { offsetOf } from '../grid/datetime';
import type { CellValue, Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import { isBlank } from './answer-normalize';
import { checklistCounts, isSubmitted } from './checklist-counts';
import { indicatorTotals, type IndicatorTotal } from './indicator-totals';
import { journalChanges, type JournalEntry } from './journal';
import type { Registry } from './registry';
import { registryChanges, type RegistryResult } from './registry-update';
import type { ReceivedFile } from './school-file';
import { readPreviousRows } from './previous-summary';
import { mergeSchool } from './school-merge';
import { answersStatus, parseStatus, statusName, type SchoolStatus } from './school-status';
import { mergeFiles, type QuarantinedFile } from './submission-merge';
import { summaryChanges, type SummarySchool } from './summary-sheet';
import { versionName, type Template } from './template';

export interface CollectBook {
  readonly template: Template;
  readonly registry: Registry;
  readonly registryGrid: Grid;
  /** The old «Свод чек-листов» values, or null before the first collect. */
  readonly previousSummary: readonly (readonly CellValue[])[] | null;
  /** The hidden sheet of accepted files' exact moments, or null (first collect, older book). */
  readonly acceptedFiles?: readonly (readonly CellValue[])[] | null;
  /** The «Журнал» values, or null when the sheet does not exist yet. */
  readonly journal: readonly (readonly CellValue[])[] | null;
}

export interface CollectContext {
  /** The moment of the run, ISO 8601 (the host's clock; core has none). */
  readonly now: string;
  /** Who runs it, where the host knows; '' otherwise. */
  readonly who: string;
}

export interface SchoolReport {
  readonly code: string;
  readonly name: string;
  readonly status: string;
  readonly statusId: SchoolStatus;
  /** The accepted file's «modified» time, or null. */
  readonly submitted: string | null;
  readonly file: string | null;
}

export interface CollectCounts {
  readonly files: number;
  /** Schools with an accepted file. */
  readonly merged: number;
  /** Of those, accepted files new or changed since the last collect. */
  readonly changed: number;
  readonly quarantined: number;
  readonly superseded: number;
}

export interface CollectReport {
  readonly template: { readonly id: string; readonly version: string; readonly date: string | null };
  readonly schools: readonly SchoolReport[];
  readonly indicators: readonly IndicatorTotal[];
  readonly quarantine: readonly QuarantinedFile[];
  readonly notSubmitted: readonly string[];
  readonly counts: CollectCounts;
  /** Rows of «Школы» that were skipped, in Russian. */
  readonly warnings: readonly string[];
  /** One Russian sentence: the outcome. */
  readonly message: string;
}

const DONE: readonly SchoolStatus[] = ['submitted', 'accepted'];

export function collectChecklists(
  book: CollectBook,
  files: readonly ReceivedFile[],
  ctx: CollectContext,
): { changes: Change[]; report: CollectReport } {
  const { template, registry } = book;
  const j = ru.checklists.journal;
  const merged = mergeFiles(files, template, registry);
  const offset = offsetOf(ctx.now);
  const previous = readPreviousRows(book.previousSummary, template, book.acceptedFiles ?? null, offset);
  const entries: JournalEntry[] = [];
  let changed = 0;
  const rows: SummarySchool[] = merged.schools.map((m) => {
    const code = m.school.code;
    const r = mergeSchool(template, m, previous.get(code) ?? null, parseStatus(m.school.status));
    const sub = r.submission;
    if (sub && r.changed) {
      changed++;
      entries.push({ file: sub.file, code, outcome: j.merged, details: statusName(answersStatus(template, sub)) });
    }
    if (sub && (r.changed || r.older !== null)) {
      const olds = r.older !== null ? [...m.superseded, r.older] : m.superseded;
      for (const old of olds) entries.push({ file: old, code, outcome: j.superseded, details: j.newerIs(sub.file) });
    }
    return { school: m.school, status: r.status, submission: sub, date: r.date };
  });
  for (const q of merged.quarantine)
    entries.push({ file: q.file, code: q.code ?? '', outcome: j.quarantined, details: q.reason });
  for (const w of registry.warnings) entries.push({ file: '', code: '', outcome: j.warning, details: w });

  // Only submitted schools' answers are totalled: the same schools the counts call «сдали».
  const answered = rows.flatMap((r) =>
    isSubmitted(r.status) && r.submission && r.submission.answers.some((a) => !isBlank(a))
      ? [r.submission.answers]
      : [],
  );
  const totals = indicatorTotals(template, answered);
  const notSubmitted = rows.filter((r) => !DONE.includes(r.status));
  const counts: CollectCounts = {
    files: merged.files,
    merged: rows.filter((r) => r.submission !== null).length,
    changed,
    quarantined: merged.quarantine.length,
    superseded: merged.schools.reduce((n, m) => n + m.superseded.length, 0),
  };
  const message = ru.checklists.collected(counts.files, counts.changed, checklistCounts(rows.map((r) => r.status)));

  const results = new Map<string, RegistryResult>(
    rows.map((r) => [r.school.code, { status: statusName(r.status), date: r.date ?? undefined }]),
  );
  const changes: Change[] = [
    ...summaryChanges({ template, schools: rows, totals, notSubmitted, quarantine: merged.quarantine, offset }),
    ...registryChanges(book.registryGrid, registry, results),
    ...journalChanges(book.journal, {
      when: ctx.now,
      who: ctx.who,
      action: j.collect,
      summary: j.collectSummary(message, versionName(template.date)),
      entries,
    }),
  ];
  const report: CollectReport = {
    template: { id: template.id, version: template.version, date: template.date },
    schools: rows.map((r) => ({
      code: r.school.code,
      name: r.school.name,
      status: statusName(r.status),
      statusId: r.status,
      submitted: r.submission?.modified ?? null,
      file: r.submission?.file ?? null,
    })),
    indicators: totals,
    quarantine: merged.quarantine,
    notSubmitted: notSubmitted.map((r) => r.school.code),
    counts,
    warnings: registry.warnings,
    message,
  };
  return { changes, report };
}
