/**
 * The whole method over the loaded tables: the region per subject, class and year; per school
 * its interval, ρ, K, signs and markers (none below the minimum of participants); the index.
 */
import { meanInterval, type MeanInterval } from './stats/confidence';
import { boundaryPeak, markBoundaries } from './marker-boundary-peak';
import { easyHard, taskSuccess } from './marker-easy-hard';
import { raisedMarks } from './marker-raised-marks';
import { municipalIndex } from './municipal-index';
import { sampleOf } from './sample-size';
import { cohortKey, cohortSigns, type CohortPoint } from './sign-cohort';
import { inflated } from './sign-inflated';
import { journalRho, marksMismatch } from './sign-marks-mismatch';
import {
  SIGN_IDS,
  type Finding,
  type MarkerId,
  type Pupil,
  type RegionResult,
  type ResultTable,
  type SchoolResult,
  type SignId,
  type TaskColumn,
  type TestKey,
  type VprAnalysis,
  type VprParams,
} from './vpr-types';

interface TestGroup {
  readonly key: TestKey;
  readonly tasks: readonly TaskColumn[];
  readonly pupils: Pupil[];
  readonly absent: Map<string, number>;
  /** School login → its pupils, in the order first met. */
  readonly schools: Map<string, Pupil[]>;
}

function groupTables(tables: readonly ResultTable[]): TestGroup[] {
  const groups = new Map<string, TestGroup>();
  for (const t of tables) {
    const id = `${t.subject}|${t.grade}|${t.year}`;
    let g = groups.get(id);
    if (!g) {
      g = {
        key: { subject: t.subject, grade: t.grade, year: t.year },
        tasks: t.tasks,
        pupils: [],
        absent: new Map(),
        schools: new Map(),
      };
      groups.set(id, g);
    }
    for (const p of t.pupils) {
      g.pupils.push(p);
      const list = g.schools.get(p.login);
      if (list) list.push(p);
      else g.schools.set(p.login, [p]);
    }
    for (const login of t.absent) {
      g.absent.set(login, (g.absent.get(login) ?? 0) + 1);
    }
  }
  return [...groups.values()].sort(
    (a, b) => a.key.subject.localeCompare(b.key.subject, 'ru') || a.key.grade - b.key.grade || a.key.year - b.key.year,
  );
}

const completions = (pupils: readonly Pupil[]): number[] => pupils.map((p) => p.completion);

function regionOf(g: TestGroup, ci: MeanInterval): RegionResult {
  const schools = g.schools.size;
  return {
    ...g.key,
    n: ci.n,
    schools,
    mean: ci.mean,
    ciLow: ci.low,
    ciHigh: ci.high,
    boundaries: markBoundaries(g.pupils),
  };
}

interface Draft extends Omit<SchoolResult, 'k' | 'signs' | 'markers' | 'findings'> {
  readonly own: readonly Finding[];
}

function schoolDraft(
  g: TestGroup,
  login: string,
  pupils: readonly Pupil[],
  region: MeanInterval,
  extra: {
    readonly boundaries: RegionResult['boundaries'];
    readonly success: readonly number[];
    readonly p: VprParams;
  },
): Draft {
  const { p } = extra;
  const ci = meanInterval(completions(pupils), p.z);
  const rho = journalRho(pupils);
  const sample = sampleOf(pupils.length, p);
  const own: Finding[] = [];
  if (sample !== 'insufficient') {
    const found = [
      inflated(ci, region),
      marksMismatch(rho, p.spearmanBelow),
      boundaryPeak(
        pupils.map((x) => x.score),
        extra.boundaries,
        p,
      ),
      easyHard(taskSuccess(pupils, g.tasks), extra.success, p),
      raisedMarks(pupils, p),
    ];
    for (const f of found) if (f) own.push(f);
  }
  return {
    ...g.key,
    login,
    school: pupils[0]?.school ?? login,
    n: pupils.length,
    absent: g.absent.get(login) ?? 0,
    sample,
    mean: ci.mean,
    ciLow: ci.low,
    ciHigh: ci.high,
    regionCiHigh: region.high,
    spearman: rho,
    own,
  };
}

const isSign = (id: SignId | MarkerId): id is SignId => (SIGN_IDS as readonly string[]).includes(id);
const isMarker = (id: SignId | MarkerId): id is MarkerId => !isSign(id);

export function analyse(tables: readonly ResultTable[], p: VprParams): VprAnalysis {
  const regions: RegionResult[] = [];
  const drafts: Draft[] = [];
  for (const g of groupTables(tables)) {
    const region = meanInterval(completions(g.pupils), p.z);
    const r = regionOf(g, region);
    regions.push(r);
    const extra = { boundaries: r.boundaries, success: taskSuccess(g.pupils, g.tasks), p };
    for (const [login, pupils] of g.schools) drafts.push(schoolDraft(g, login, pupils, region, extra));
  }
  const points: CohortPoint[] = drafts.filter((d) => d.n > 0);
  const cohort = cohortSigns(points, p);
  const results: SchoolResult[] = drafts.map(({ own, ...d }) => {
    const key = cohortKey(d);
    const c = d.sample === 'insufficient' ? undefined : cohort.findings.get(key);
    const findings = c ? [...own, c] : own;
    return {
      ...d,
      k: cohort.k.get(key) ?? null,
      signs: findings.map((f) => f.id).filter(isSign),
      markers: findings.map((f) => f.id).filter(isMarker),
      findings,
    };
  });
  results.sort(
    (a, b) =>
      a.login.localeCompare(b.login, 'ru') ||
      a.subject.localeCompare(b.subject, 'ru') ||
      a.grade - b.grade ||
      a.year - b.year,
  );
  return { params: p, regions, results, index: municipalIndex(results) };
}
