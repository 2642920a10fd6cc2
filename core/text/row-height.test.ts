import { LINE_POINTS, rowHeight, wrappedLines } from './row-height';

test('lines of wrapped text: words kept whole, long words broken, paragraphs counted', () => {
  expect(wrappedLines('', 10)).toBe(1);
  expect(wrappedLines('один два три', 20)).toBe(1);
  expect(wrappedLines('один два три четыре пять', 10)).toBe(4);
  expect(wrappedLines('а'.repeat(27), 10)).toBe(3);
  expect(wrappedLines('строка\nещё строка', 40)).toBe(2);
});

test('a row is as tall as its tallest cell; one line keeps the default height', () => {
  expect(rowHeight(['2.1', 'Короткий показатель'], [8, 80])).toBe(LINE_POINTS);
  const long =
    'Приказ об организации и проведении всероссийских проверочных работ в образовательной организации в текущем учебном году издан';
  expect(rowHeight(['2.1', long], [8, 40])).toBe(wrappedLines(long, 40) * LINE_POINTS + 3);
  expect(wrappedLines(long, 40)).toBeGreaterThanOrEqual(3);
  expect(rowHeight([null, 'x'], [8, 80], 2)).toBe(2 * LINE_POINTS + 3);
  // Whatever the text, every line has its room: height ≥ lines × line height.
  for (const w of [10, 25, 60])
    expect(rowHeight([long], [w])).toBeGreaterThanOrEqual(wrappedLines(long, w) * LINE_POINTS);
});
