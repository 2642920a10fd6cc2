import { linkCell, linkText } from './link-text';

test('a HYPERLINK formula typed by a school reads as its label and address, never as formula text', () => {
  expect(linkText('=HYPERLINK("https://school.ru/prikaz.pdf";"Приказ")')).toBe('Приказ — https://school.ru/prikaz.pdf');
  expect(linkText('=hyperlink("https://a.ru")')).toBe('https://a.ru');
  expect(linkText('=ГИПЕРССЫЛКА("https://a.ru", "https://a.ru")')).toBe('https://a.ru');
  expect(linkText('=SUM(A1:A3)')).toBe('=SUM(A1:A3)');
  expect(linkText('см. приказ')).toBe('см. приказ');
});

test('a web address, alone or in a typed HYPERLINK, becomes a link; other text and values stay', () => {
  expect(linkCell('https://school.ru/a.pdf')).toEqual({
    text: 'https://school.ru/a.pdf',
    url: 'https://school.ru/a.pdf',
  });
  expect(linkCell('=HYPERLINK("https://example.org/p";"Приказ № 45")')).toEqual({
    text: 'Приказ № 45 — https://example.org/p',
    url: 'https://example.org/p',
  });
  expect(linkCell('=HYPERLINK("javascript:alert(1)";"x")')).toBe('x — javascript:alert(1)');
  expect(linkCell('file:///etc/passwd')).toBe('file:///etc/passwd');
  expect(linkCell('см. https://a.ru и приказ')).toBe('см. https://a.ru и приказ');
  expect(linkCell('=SUM(A1:A3)')).toBe('=SUM(A1:A3)');
  expect(linkCell(12)).toBe(12);
  expect(linkCell(null)).toBeNull();
  expect(linkCell({ date: '2025-05-20' })).toEqual({ date: '2025-05-20' });
});
