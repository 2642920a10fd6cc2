/**
 * The one definition of each checklist count. The collect message, «Свод чек-листов», the
 * справка's paragraph and table, and the panel all take these numbers (and their names from
 * `ru.checklists.counts`), so no two places can count «сдали» differently.
 */
import type { SchoolStatus } from './school-status';

export interface ChecklistCounts {
  /** Schools in «Школы»: each was sent its file. */
  readonly sent: number;
  /** Schools that have begun: any status but «Не открыт». */
  readonly opened: number;
  /** «Сдан» or «Принят»: every required answer given. Only these schools' answers are totalled. */
  readonly submitted: number;
  /** Of the submitted, «Принят» by the department. */
  readonly accepted: number;
  /** «На доработке»: the school's newest file was not taken into the summary. */
  readonly quarantined: number;
  /** Everyone not submitted: sent − submitted. */
  readonly notSubmitted: number;
}

/** The order the counts are listed in everywhere. */
export const COUNT_KEYS = ['sent', 'opened', 'submitted', 'accepted', 'quarantined', 'notSubmitted'] as const;

/** Statuses whose answers count as submitted. */
export const SUBMITTED: readonly SchoolStatus[] = ['submitted', 'accepted'];

export const isSubmitted = (s: SchoolStatus): boolean => SUBMITTED.includes(s);

export function checklistCounts(statuses: readonly SchoolStatus[]): ChecklistCounts {
  const submitted = statuses.filter(isSubmitted).length;
  return {
    sent: statuses.length,
    opened: statuses.filter((s) => s !== 'not-opened').length,
    submitted,
    accepted: statuses.filter((s) => s === 'accepted').length,
    quarantined: statuses.filter((s) => s === 'rework').length,
    notSubmitted: statuses.length - submitted,
  };
}
