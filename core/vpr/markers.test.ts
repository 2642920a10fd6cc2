/** Each marker on both sides of its threshold. */
import { boundaryPeak, markBoundaries } from './marker-boundary-peak';
import { easyHard, taskSuccess } from './marker-easy-hard';
import { raisedMarks } from './marker-raised-marks';
import { DEFAULT_PARAMS as P } from './params';
import type { Pupil } from './vpr-types';

const pupil = (score: number, mark: number | null, journal: number | null, points: number[] = []): Pupil => ({
  login: 'sch1',
  school: 'Школа',
  code: '',
  points,
  score,
  completion: score * 5,
  mark,
  journal,
});

describe('mark boundaries', () => {
  it('are the lowest scores that got each mark', () => {
    const ps = [pupil(3, 2, null), pupil(6, 3, null), pupil(7, 3, null), pupil(12, 4, null), pupil(11, 3, null)];
    expect(markBoundaries(ps)).toEqual({ 3: 6, 4: 12, 5: null });
  });
});

describe('boundary-peak', () => {
  const b = { 3: 10, 4: null, 5: null } as const;
  const scores = (at: number, around: number): number[] => [
    ...Array<number>(at).fill(10),
    ...Array<number>(around).fill(11),
    20,
    1,
  ];
  it('is found with 5 pupils at b and half the window', () => {
    expect(boundaryPeak(scores(5, 5), b, P)).toEqual({ id: 'boundary-peak', value: 50, reference: 10 });
  });
  it('is not found with 4 pupils at b, or under half the window', () => {
    expect(boundaryPeak(scores(4, 0), b, P)).toBeNull();
    expect(boundaryPeak(scores(5, 6), b, P)).toBeNull();
  });
  it('counts the window from b − 2 to b + 2 only', () => {
    expect(boundaryPeak([...scores(5, 0), 7, 7, 7, 7, 7, 13, 13, 13, 13, 13], b, P)?.value).toBe(100);
    expect(boundaryPeak([...scores(5, 0), 8, 8, 8, 12, 12, 12], b, P)).toBeNull();
  });
});

describe('easy-hard', () => {
  const region = [80, 75, 50, 30, 20];
  it('is found 10 points below on easy tasks and 15 above on hard ones', () => {
    const f = easyHard([70, 65, 50, 45, 35], region, P);
    expect(f?.id).toBe('easy-hard');
    expect(f?.value).toBeCloseTo(10, 12);
    expect(f?.reference).toBeCloseTo(15, 12);
  });
  it('is not found 9.9 below or 14.9 above', () => {
    expect(easyHard([70.1, 65.1, 50, 45, 35], region, P)).toBeNull();
    expect(easyHard([70, 65, 50, 44.9, 34.9], region, P)).toBeNull();
  });
  it('needs both easy and hard tasks', () => {
    expect(easyHard([0, 0, 100], [80, 75, 50], P)).toBeNull();
  });
  it('measures success per task from points', () => {
    const tasks = [
      { label: '1', max: 1 },
      { label: '2', max: 2 },
    ];
    expect(taskSuccess([pupil(2, null, null, [1, 1]), pupil(1, null, null, [0, 1])], tasks)).toEqual([50, 50]);
  });
});

describe('raised-marks', () => {
  const pupils = (raised: number, same: number): Pupil[] => [
    ...Array.from({ length: raised }, () => pupil(10, 4, 3)),
    ...Array.from({ length: same }, () => pupil(10, 4, 4)),
    pupil(10, 4, null),
  ];
  it('is found when 40 % of pupils got a ВПР mark above the journal', () => {
    expect(raisedMarks(pupils(4, 6), P)).toEqual({ id: 'raised-marks', value: 40, reference: 40 });
  });
  it('is not found below 40 %', () => {
    expect(raisedMarks(pupils(39, 61), P)).toBeNull();
    expect(raisedMarks(pupils(0, 0), P)).toBeNull();
  });
});
