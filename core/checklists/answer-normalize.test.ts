import fc from 'fast-check';
import type { CellValue } from '../grid/grid';
import { choiceOf, commentText, normalizeAnswer } from './answer-normalize';
import type { AnswerType } from './template';

const ok = (value: CellValue) => ({ ok: true, value });

test.each<[AnswerType, CellValue, CellValue]>([
  ['choice', 'да', 'Да'],
  ['choice', 'Да ', 'Да'],
  ['choice', 'ДА', 'Да'],
  ['choice', ' нет.', 'Нет'],
  ['choice', 'ЧАСТИЧНО', 'Частично'],
  ['choice', true, 'Да'],
  ['choice', false, 'Нет'],
  ['choice', '  ', null],
  ['choice', null, null],
  ['number', 12, 12],
  ['number', '12', 12],
  ['number', ' 1 234,5 ', 1234.5],
  ['number', '0', 0],
  ['date', { date: '2025-05-20' }, { date: '2025-05-20' }],
  ['date', '20.05.2025', { date: '2025-05-20' }],
  ['date', '1.9.2024 г.', { date: '2024-09-01' }],
  ['date', '2025-05-20', { date: '2025-05-20' }],
  ['date', 45797, { date: '2025-05-20' }],
  ['link', ' https://school.example/oko ', 'https://school.example/oko'],
  ['link', 'www.school.example', 'www.school.example'],
])('%s %j → %j', (type, input, stored) => {
  expect(normalizeAnswer(type, input)).toEqual(ok(stored));
});

test.each<[AnswerType, CellValue, string]>([
  ['choice', 'может быть', '«может быть» — нужно: Да, Нет или Частично'],
  ['choice', 1, '«1» — нужно: Да, Нет или Частично'],
  ['number', 'много', '«много» — нужно: число'],
  ['number', { date: '2025-05-20' }, '«20.05.2025» — нужно: число'],
  ['date', '31.02.2025', '«31.02.2025» — нужно: дата (ДД.ММ.ГГГГ)'],
  ['date', 'весной', '«весной» — нужно: дата (ДД.ММ.ГГГГ)'],
  ['link', '=HYPERLINK("http://x","y")', 'нужно: ссылка (https://…)'],
  ['link', 'приказ № 5', 'нужно: ссылка (https://…)'],
  ['choice', { error: '#REF!' }, 'в ячейке ошибка #REF!'],
])('%s %j is refused: %s', (type, input, reason) => {
  const n = normalizeAnswer(type, input);
  expect(n.ok).toBe(false);
  if (!n.ok) expect(n.reason).toContain(reason);
});

test('any casing and padding of да / нет / частично is understood', () => {
  const word = fc.constantFrom('да', 'нет', 'частично');
  const casing = fc.array(fc.boolean(), { minLength: 8, maxLength: 8 });
  const pad = fc.constantFrom('', ' ', '  ', '\u00a0', '\t');
  fc.assert(
    fc.property(word, casing, pad, pad, (w, upper, left, right) => {
      const typed = left + [...w].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join('') + right;
      const n = normalizeAnswer('choice', typed);
      return n.ok && choiceOf(n.value) === choiceOf(w);
    }),
  );
});

test('comments stay text, whatever they hold', () => {
  expect(commentText('=HYPERLINK("http://x")')).toBe('=HYPERLINK("http://x")');
  expect(commentText(' +7 912 \n')).toBe('+7 912');
  expect(commentText({ date: '2025-05-20' })).toBe('20.05.2025');
  expect(commentText(42)).toBe('42');
  expect(commentText(null)).toBe('');
});
