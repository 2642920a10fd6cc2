/**
 * Signs «резкое изменение результатов»: K = the school's mean completion in class N, year Y over
 * its mean in class N + 1, year Y + 1 (the same pupils a year on). Among all schools of the
 * same subject, N and Y, K beyond Q3 + f·IQR is a drop (year Y was too high), below Q1 − f·IQR
 * a rise. The sign belongs to the earlier result (N, Y).
 */
import { quartileInc } from './stats/quartile';
import type { Finding, VprParams } from './vpr-types';

/** A school's mean in one subject, class and year. */
export interface CohortPoint {
  readonly login: string;
  readonly subject: string;
  readonly grade: number;
  readonly year: number;
  readonly n: number;
  readonly mean: number;
}

const keyOf = (login: string, subject: string, grade: number, year: number): string =>
  `${login}|${subject}|${grade}|${year}`;

export interface CohortResult {
  /** K by the earlier result's key (login|subject|grade|year). */
  readonly k: ReadonlyMap<string, number>;
  readonly findings: ReadonlyMap<string, Finding>;
}

export const cohortKey = (p: { login: string; subject: string; grade: number; year: number }): string =>
  keyOf(p.login, p.subject, p.grade, p.year);

export function cohortSigns(points: readonly CohortPoint[], p: VprParams): CohortResult {
  const byKey = new Map(points.map((x) => [cohortKey(x), x] as const));
  const k = new Map<string, number>();
  const groups = new Map<string, string[]>();
  for (const x of points) {
    if (x.n < p.cohortMinParticipants) continue;
    const later = byKey.get(keyOf(x.login, x.subject, x.grade + 1, x.year + 1));
    if (!later || later.n < p.cohortMinParticipants || later.mean <= 0) continue;
    const key = cohortKey(x);
    k.set(key, x.mean / later.mean);
    const group = `${x.subject}|${x.grade}|${x.year}`;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const findings = new Map<string, Finding>();
  for (const keys of groups.values()) {
    if (keys.length < p.cohortMinSchools) continue;
    const ks = keys.map((key) => k.get(key) ?? NaN);
    const q1 = quartileInc(ks, 1);
    const q3 = quartileInc(ks, 3);
    const high = q3 + p.iqrFactor * (q3 - q1);
    const low = q1 - p.iqrFactor * (q3 - q1);
    for (const key of keys) {
      const v = k.get(key) ?? NaN;
      if (v > high) findings.set(key, { id: 'cohort-drop', value: v, reference: high });
      else if (v < low) findings.set(key, { id: 'cohort-rise', value: v, reference: low });
    }
  }
  return { k, findings };
}
