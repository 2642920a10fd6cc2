/**
 * One school at a collect, as a merge with the last collect: its answers, status and dates change
 * only when a file of that school is read in this run, and a status the official set («Принят»,
 * «На доработке») changes only with a file newer than the one accepted before. A school whose
 * file is not in this run's folder (or selection) keeps exactly what the book had.
 */
import type { CellValue } from '../grid/grid';
import type { PreviousRow } from './previous-summary';
import { answersStatus, decideStatus, type SchoolStatus } from './school-status';
import { isNewer, type SchoolMerge } from './submission-merge';
import type { Submission } from './submission-read';
import { dayOf, fingerprint } from './summary-sheet';
import type { Template } from './template';

export interface SchoolOutcome {
  readonly status: SchoolStatus;
  readonly submission: Submission | null;
  readonly date: CellValue;
  /** The accepted file is new or changed since the last collect. */
  readonly changed: boolean;
  /** A valid file of this run older than the one accepted before: kept out, the earlier one stays. */
  readonly older: string | null;
}

const sameFile = (a: Submission | null, b: Submission | null): boolean =>
  a !== null && b !== null && fingerprint(a) === fingerprint(b);

/**
 * `current`: the status «Школы» holds now (the official's word), `previous` the school's row of
 * the last «Свод чек-листов», `m` what this run's files say.
 */
export function mergeSchool(
  template: Template,
  m: SchoolMerge,
  previous: PreviousRow | null,
  current: SchoolStatus | null,
): SchoolOutcome {
  const before = previous?.submission ?? null;
  const was = current ?? previous?.status ?? null;
  const kept: SchoolOutcome = {
    status: was ?? answersStatus(template, before),
    submission: before,
    date: previous?.date ?? null,
    changed: false,
    older: null,
  };
  if (m.newest === null) return kept;
  const newestIsNewer = before === null || isNewer(m.newest, before) || sameFile(before, m.submission);
  const sub = m.submission;
  if (sub !== null && (before === null || isNewer(sub, before) || sameFile(before, sub))) {
    const computed = answersStatus(template, sub);
    const same = sameFile(before, sub);
    const status = decideStatus({
      computed,
      newestRejected: m.newestRejected,
      current: was,
      sameFile: same,
    });
    const date = computed !== 'not-opened' ? dayOf(sub.modified) : null;
    return { status, submission: sub, date, changed: !same, older: null };
  }
  // No valid file newer than the accepted one: the earlier answers stay; a newer broken file asks for rework.
  const rework = m.newestRejected && newestIsNewer;
  return { ...kept, status: rework ? 'rework' : kept.status, older: sub?.file ?? null };
}
