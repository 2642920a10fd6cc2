import { ruNumber, ruPercent, wholePercent } from './numbers';

test('whole shares, Russian decimals and the no-break space before %', () => {
  expect(wholePercent(14, 26)).toBe(54);
  expect(wholePercent(1, 3)).toBe(33);
  expect(wholePercent(0, 0)).toBe(0);
  expect(ruNumber(66.7)).toBe('66,7');
  expect(ruNumber(100)).toBe('100');
  expect(ruPercent(53.3)).toBe('53,3\u00A0%');
});
