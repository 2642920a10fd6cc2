/**
 * All received files → one accepted submission per school: the newest valid file wins (by its
 * «modified» time; on a tie the file name sorting last), older ones are superseded; files that
 * fail validation are quarantined and attributed to a school where the file says which.
 */
import type { Registry, School } from './registry';
import type { ReceivedFile } from './school-file';
import { readSubmission, type Submission } from './submission-read';
import type { Template } from './template';

export interface QuarantinedFile {
  readonly file: string;
  readonly modified: string;
  /** The school it is attributed to, if known. */
  readonly code: string | null;
  readonly reason: string;
}

export interface SchoolMerge {
  readonly school: School;
  /** The newest valid submission: its answers go to the summary. */
  readonly submission: Submission | null;
  /** Valid files of this school that a newer one replaced. */
  readonly superseded: readonly string[];
  /** The school's newest file (valid or not) was quarantined. */
  readonly newestRejected: boolean;
  /** The school's newest file read in this run, valid or not; null when none was. */
  readonly newest: { readonly file: string; readonly modified: string } | null;
}

export interface Merged {
  /** In registry order. */
  readonly schools: readonly SchoolMerge[];
  /** In file name order. */
  readonly quarantine: readonly QuarantinedFile[];
  /** How many files were read in all. */
  readonly files: number;
}

/** Milliseconds of an ISO timestamp; an unreadable one sorts as the oldest. */
export function timeOf(isoTime: string): number {
  const t = Date.parse(isoTime);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Whether file a is newer than file b: later modified, or the same time and a later name. */
export function isNewer(a: { file: string; modified: string }, b: { file: string; modified: string }): boolean {
  const ta = timeOf(a.modified);
  const tb = timeOf(b.modified);
  return ta !== tb ? ta > tb : a.file > b.file;
}

interface Attributed {
  readonly file: string;
  readonly modified: string;
  readonly submission: Submission | null;
}

export function mergeFiles(files: readonly ReceivedFile[], template: Template, registry: Registry): Merged {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const quarantine: QuarantinedFile[] = [];
  const bySchool = new Map<string, Attributed[]>();
  for (const f of sorted) {
    const read = readSubmission(f, template, registry);
    const code = read.ok ? read.submission.code : read.code;
    if (!read.ok) quarantine.push({ file: f.name, modified: f.modified, code: read.code, reason: read.reason });
    if (code === null) continue;
    const list = bySchool.get(code) ?? [];
    list.push({ file: f.name, modified: f.modified, submission: read.ok ? read.submission : null });
    bySchool.set(code, list);
  }
  const schools = registry.schools.map((school): SchoolMerge => {
    const list = bySchool.get(school.code) ?? [];
    const newest = list.reduce<Attributed | null>((best, a) => (best === null || isNewer(a, best) ? a : best), null);
    const valid = list.filter((a) => a.submission !== null);
    const chosen = valid.reduce<Attributed | null>((best, a) => (best === null || isNewer(a, best) ? a : best), null);
    return {
      school,
      submission: chosen?.submission ?? null,
      superseded: valid.filter((a) => a !== chosen).map((a) => a.file),
      newestRejected: newest !== null && newest.submission === null,
      newest: newest === null ? null : { file: newest.file, modified: newest.modified },
    };
  });
  return { schools, quarantine, files: files.length };
}
