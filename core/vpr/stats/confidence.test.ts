import { meanInterval } from './confidence';

describe('meanInterval', () => {
  it('is mean ± 1.96 · s / √n', () => {
    const xs = [40, 50, 60, 70, 80];
    const ci = meanInterval(xs, 1.96);
    const s = Math.sqrt(250); // deviations 20,10,0,10,20 → 1000 / 4
    expect(ci.mean).toBe(60);
    expect(ci.sd).toBeCloseTo(s, 12);
    expect(ci.low).toBeCloseTo(60 - (1.96 * s) / Math.sqrt(5), 12);
    expect(ci.high).toBeCloseTo(60 + (1.96 * s) / Math.sqrt(5), 12);
  });
  it('narrows as n grows', () => {
    const small = meanInterval([10, 90, 10, 90], 1.96);
    const big = meanInterval([10, 90, 10, 90, 10, 90, 10, 90, 10, 90, 10, 90, 10, 90, 10, 90], 1.96);
    expect(big.high - big.low).toBeLessThan(small.high - small.low);
  });
  it('collapses to the value for one pupil', () => {
    expect(meanInterval([55], 1.96)).toMatchObject({ low: 55, high: 55 });
  });
});
