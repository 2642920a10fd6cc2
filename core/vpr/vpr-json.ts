/**
 * `oko vpr --json`: `{ region, index, results }`, each result with exactly the fields of the
 * contract (login, school, subject, grade, year, n, sample, mean, ciLow, ciHigh, regionCiHigh,
 * spearman, k, signs, markers); numbers rounded, never NaN.
 */
import { round, roundOrNull } from './vpr-format';
import type { MarkerId, RegionResult, SampleId, SignId, VprAnalysis } from './vpr-types';

export interface VprJsonResult {
  readonly login: string;
  readonly school: string;
  readonly subject: string;
  readonly grade: number;
  readonly year: number;
  readonly n: number;
  readonly sample: SampleId;
  readonly mean: number;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  readonly regionCiHigh: number | null;
  readonly spearman: number | null;
  readonly k: number | null;
  readonly signs: readonly SignId[];
  readonly markers: readonly MarkerId[];
}

export interface VprJson {
  readonly region: {
    readonly year: number | null;
    readonly schools: number;
    readonly schoolsWithSigns: number;
    readonly participants: number;
    /** The region of each subject, class and year, its numbers rounded. */
    readonly tests: readonly RegionResult[];
  };
  readonly index: number | null;
  readonly results: readonly VprJsonResult[];
}

export function vprJson(a: VprAnalysis): VprJson {
  return {
    region: {
      year: a.index?.year ?? null,
      schools: a.index?.schools ?? 0,
      schoolsWithSigns: a.index?.withSigns ?? 0,
      participants: a.regions.reduce((s, g) => s + g.n, 0),
      tests: a.regions.map((g) => ({
        subject: g.subject,
        grade: g.grade,
        year: g.year,
        n: g.n,
        schools: g.schools,
        mean: round(g.mean, 2),
        ciLow: round(g.ciLow, 2),
        ciHigh: round(g.ciHigh, 2),
        boundaries: g.boundaries,
      })),
    },
    index: a.index?.value ?? null,
    results: a.results.map((r) => ({
      login: r.login,
      school: r.school,
      subject: r.subject,
      grade: r.grade,
      year: r.year,
      n: r.n,
      sample: r.sample,
      mean: round(r.mean, 2),
      ciLow: roundOrNull(r.ciLow, 2),
      ciHigh: roundOrNull(r.ciHigh, 2),
      regionCiHigh: roundOrNull(r.regionCiHigh, 2),
      spearman: roundOrNull(r.spearman, 3),
      k: roundOrNull(r.k, 3),
      signs: r.signs,
      markers: r.markers,
    })),
  };
}
