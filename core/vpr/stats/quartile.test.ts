import { quartileInc } from './quartile';

describe('quartileInc', () => {
  it('matches Excel QUARTILE.INC', () => {
    // Excel: QUARTILE.INC({1,2,4,7,8,9,10,12},1) = 3.5, (…,3) = 9.25, (…,2) = 7.5.
    const xs = [7, 1, 12, 4, 2, 9, 8, 10];
    expect(quartileInc(xs, 1)).toBeCloseTo(3.5, 12);
    expect(quartileInc(xs, 2)).toBeCloseTo(7.5, 12);
    expect(quartileInc(xs, 3)).toBeCloseTo(9.25, 12);
    expect(quartileInc(xs, 0)).toBe(1);
    expect(quartileInc(xs, 4)).toBe(12);
  });
  it('handles one value and none', () => {
    expect(quartileInc([5], 1)).toBe(5);
    expect(quartileInc([], 1)).toBeNaN();
  });
});
