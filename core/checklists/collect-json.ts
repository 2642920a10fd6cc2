/**
 * The `oko checklists collect --json` contract: `{ template, schools: [{ code, name, status,
 * submitted, file }], indicators: [{ id, text, type, yes, no, partial, empty, yesPercent }],
 * quarantine: [{ file, code, reason }], notSubmitted: [code…], counts, warnings, written }`.
 */
import type { CollectCounts, CollectReport } from './collect';
import type { AnswerType } from './template';

export interface CollectJson {
  readonly template: { readonly id: string; readonly version: string };
  readonly schools: readonly {
    code: string;
    name: string;
    status: string;
    submitted: string | null;
    file: string | null;
  }[];
  readonly indicators: readonly {
    id: string;
    text: string;
    type: AnswerType;
    yes: number;
    no: number;
    partial: number;
    empty: number;
    yesPercent: number | null;
  }[];
  readonly quarantine: readonly { file: string; code: string | null; reason: string }[];
  readonly notSubmitted: readonly string[];
  readonly counts: CollectCounts;
  readonly warnings: readonly string[];
  /** The book written, or null on a dry run. */
  readonly written: string | null;
}

export function toCollectJson(report: CollectReport, written: string | null): CollectJson {
  return {
    template: report.template,
    schools: report.schools.map(({ code, name, status, submitted, file }) => ({ code, name, status, submitted, file })),
    indicators: report.indicators.map(({ id, text, type, yes, no, partial, empty, yesPercent }) => ({
      id,
      text,
      type,
      yes,
      no,
      partial,
      empty,
      yesPercent,
    })),
    quarantine: report.quarantine.map(({ file, code, reason }) => ({ file, code, reason })),
    notSubmitted: report.notSubmitted,
    counts: report.counts,
    warnings: report.warnings,
    written,
  };
}
