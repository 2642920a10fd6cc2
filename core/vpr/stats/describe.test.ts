import { mean, sampleSd } from './describe';

describe('mean and sample sd', () => {
  it('match hand-computed values', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    // Population sd is 2; with n − 1 it is sqrt(32 / 7).
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });
  it('is NaN where undefined', () => {
    expect(mean([])).toBeNaN();
    expect(sampleSd([3])).toBeNaN();
    expect(sampleSd([3, 3])).toBe(0);
  });
});
