import { parseNumber, romanToInt, splitLeadingNumber } from './numbering';

describe('parseNumber', () => {
  test.each([
    ['1', [1], false],
    ['1.', [1], true],
    ['1.6.', [1, 6], true],
    ['3.1.2', [3, 1, 2], false],
    [' 2.10 ', [2, 10], false],
    ['№ 5', [5], false],
    ['IV.', [4], true],
  ])('%s', (text, parts, dot) => {
    const n = parseNumber(text);
    expect(n?.parts).toEqual(parts);
    expect(n?.trailingDot).toBe(dot);
  });

  test.each(['', 'Мероприятия', '2021 год', '1.1 Разработка', 'ИВ'])('not a number: %s', (t) => {
    expect(parseNumber(t)).toBeNull();
  });
});

test('romanToInt', () => {
  expect(romanToInt('XIV')).toBe(14);
  expect(romanToInt('ABC')).toBeNull();
});

test('splitLeadingNumber', () => {
  expect(splitLeadingNumber('1. Нормативно-правовое обеспечение')).toMatchObject({
    rest: 'Нормативно-правовое обеспечение',
  });
  expect(splitLeadingNumber('II. Организационные меры')?.number.parts).toEqual([2]);
  expect(splitLeadingNumber('2021 год')).toBeNull();
  expect(splitLeadingNumber('Диагностическая деятельность')).toBeNull();
});
