import fc from 'fast-check';
import { percentsTo100, ruNumber, ruPercent, wholePercent } from './numbers';

test('whole shares, Russian decimals and the no-break space before %', () => {
  expect(wholePercent(14, 26)).toBe(54);
  expect(wholePercent(1, 3)).toBe(33);
  expect(wholePercent(0, 0)).toBe(0);
  expect(ruNumber(66.7)).toBe('66,7');
  expect(ruNumber(100)).toBe('100');
  expect(ruPercent(53.3)).toBe('53,3\u00A0%');
});

test('shares of one table add up to 100 by the largest remainder', () => {
  // 5, 7, 4, 1, 1 of 18 round one by one to 28 + 39 + 22 + 6 + 6 = 101.
  expect([5, 7, 4, 1, 1].map((c) => wholePercent(c, 18)).reduce((a, b) => a + b)).toBe(101);
  expect(percentsTo100([5, 7, 4, 1, 1])).toEqual([28, 39, 22, 6, 5]);
  expect(percentsTo100([1, 1, 1])).toEqual([34, 33, 33]);
  expect(percentsTo100([0, 0])).toEqual([0, 0]);
  expect(percentsTo100([3, 0])).toEqual([100, 0]);
});

test('any counts: the sum is 100 and each share is within one point of the exact one', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }), (counts) => {
      const total = counts.reduce((a, b) => a + b, 0);
      const out = percentsTo100(counts);
      if (total === 0) return out.every((x) => x === 0);
      return (
        out.reduce((a, b) => a + b, 0) === 100 &&
        out.every((p, i) => Math.abs(p - ((counts[i] ?? 0) * 100) / total) < 1)
      );
    }),
  );
});
