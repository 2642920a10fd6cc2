/** Each sign on both sides of its threshold. */
import { meanInterval } from './stats/confidence';
import { DEFAULT_PARAMS as P } from './params';
import { cohortSigns, type CohortPoint } from './sign-cohort';
import { inflated } from './sign-inflated';
import { journalRho, marksMismatch } from './sign-marks-mismatch';
import type { Pupil } from './vpr-types';

const pupil = (score: number, journal: number | null, mark: number | null = null): Pupil => ({
  login: 'sch1',
  school: 'Школа',
  code: '',
  points: [],
  score,
  completion: score * 5,
  mark,
  journal,
});

describe('inflated', () => {
  const region = { n: 1000, mean: 50, sd: 20, low: 49, high: 51 };
  it('is found when the school’s lower bound is above the region’s upper bound', () => {
    expect(inflated({ ...region, n: 50, low: 51.01, high: 60 }, region)).toEqual({
      id: 'inflated',
      value: 51.01,
      reference: 51,
    });
  });
  it('is not found at or below it', () => {
    expect(inflated({ ...region, n: 50, low: 51, high: 60 }, region)).toBeNull();
    expect(inflated({ ...region, n: 50, low: 45, high: 60 }, region)).toBeNull();
  });
  it('follows the interval formula', () => {
    const school = meanInterval([70, 80, 90, 70, 80, 90], 1.96);
    expect(inflated(school, meanInterval([50, 60, 40, 50, 60, 40, 50], 1.96))?.id).toBe('inflated');
    expect(inflated(school, meanInterval([70, 80, 90, 60], 1.96))).toBeNull();
  });
});

describe('marks-mismatch', () => {
  it('is found when journal marks and scores rank pupils oppositely', () => {
    const rho = journalRho([pupil(5, 5), pupil(10, 4), pupil(15, 3), pupil(20, 2), pupil(12, null)]);
    expect(rho).toBeCloseTo(-1, 12);
    expect(marksMismatch(rho, P.spearmanBelow)?.id).toBe('marks-mismatch');
  });
  it('is not found at ρ = 0 or above, nor when ρ is undefined', () => {
    expect(marksMismatch(0, 0)).toBeNull();
    expect(marksMismatch(0.4, 0)).toBeNull();
    expect(marksMismatch(-0.01, 0)?.value).toBe(-0.01);
    expect(marksMismatch(journalRho([pupil(5, 4), pupil(10, 4)]), 0)).toBeNull();
  });
});

describe('cohort-drop and cohort-rise', () => {
  /** Ten schools with K = 1 + small steps, and one school with K = `k`. */
  function points(k: number, n = 30): CohortPoint[] {
    const out: CohortPoint[] = [];
    const ks = [0.96, 0.97, 0.98, 0.99, 1, 1, 1.01, 1.02, 1.03, 1.04];
    ks.forEach((v, i) => {
      out.push({ login: `s${i}`, subject: 'Математика', grade: 4, year: 2024, n: 40, mean: 50 * v });
      out.push({ login: `s${i}`, subject: 'Математика', grade: 5, year: 2025, n: 40, mean: 50 });
    });
    out.push({ login: 'x', subject: 'Математика', grade: 4, year: 2024, n, mean: 50 * k });
    out.push({ login: 'x', subject: 'Математика', grade: 5, year: 2025, n: 40, mean: 50 });
    return out;
  }
  /** Q1, Q3 of the eleven K values when x sits at the top or the bottom. */
  const fences = (k: number): { low: number; high: number } => {
    const r = cohortSigns(points(k), P);
    const f = r.findings.get('x|Математика|4|2024');
    return { low: f?.reference ?? NaN, high: f?.reference ?? NaN };
  };
  it('finds a drop above Q3 + 3·IQR and a rise below Q1 − 3·IQR', () => {
    expect(cohortSigns(points(1.5), P).findings.get('x|Математика|4|2024')?.id).toBe('cohort-drop');
    expect(cohortSigns(points(0.5), P).findings.get('x|Математика|4|2024')?.id).toBe('cohort-rise');
  });
  it('stays silent just inside the fences', () => {
    // With x on top the eleven Ks have Q1 = 0.985, Q3 = 1.025 (IQR 0.04): the upper fence is 1.145.
    const high = fences(1.5).high;
    expect(high).toBeCloseTo(1.145, 10);
    expect(cohortSigns(points(1.14), P).findings.size).toBe(0);
    expect(cohortSigns(points(1.15), P).findings.get('x|Математика|4|2024')?.id).toBe('cohort-drop');
    // With x at the bottom: Q1 = 0.975, Q3 = 1.015 → lower fence 0.855.
    expect(fences(0.5).low).toBeCloseTo(0.855, 10);
    expect(cohortSigns(points(0.86), P).findings.size).toBe(0);
    expect(cohortSigns(points(0.85), P).findings.get('x|Математика|4|2024')?.id).toBe('cohort-rise');
  });
  it('computes K only with enough participants in both years, and the sign only with enough schools', () => {
    const r = cohortSigns(points(1.5, 19), P);
    expect(r.k.has('x|Математика|4|2024')).toBe(false);
    expect(r.k.get('s0|Математика|4|2024')).toBeCloseTo(0.96, 12);
    const few = points(1.5).filter((p) => ['s0', 's1', 'x'].includes(p.login));
    expect(cohortSigns(few, P).findings.size).toBe(0);
  });
});
