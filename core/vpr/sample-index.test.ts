import { municipalIndex } from './municipal-index';
import { DEFAULT_PARAMS as P } from './params';
import { sampleOf } from './sample-size';
import type { SchoolResult, SignId } from './vpr-types';

describe('sample size', () => {
  it('has its three classes at 20 and 50', () => {
    expect([19, 20, 49, 50].map((n) => sampleOf(n, P))).toEqual(['insufficient', 'limited', 'limited', 'informative']);
  });
});

describe('municipal index', () => {
  const r = (login: string, year: number, signs: SignId[], n = 30): SchoolResult => ({
    login,
    school: login,
    subject: 'Математика',
    grade: 4,
    year,
    n,
    absent: 0,
    sample: 'limited',
    mean: 50,
    ciLow: 45,
    ciHigh: 55,
    regionCiHigh: 51,
    spearman: null,
    k: null,
    signs,
    markers: [],
    findings: [],
  });
  it('is 100 − the share of schools with a sign in the latest year', () => {
    const idx = municipalIndex([
      r('a', 2025, ['inflated']),
      r('a', 2025, ['marks-mismatch']),
      r('b', 2025, []),
      r('c', 2025, [], 5),
      r('d', 2024, ['cohort-drop']),
      r('b', 2024, ['inflated']),
    ]);
    expect(idx).toEqual({ year: 2025, schools: 3, withSigns: 1, value: 66.7 });
  });
  it('is null without results', () => {
    expect(municipalIndex([])).toBeNull();
  });
});
