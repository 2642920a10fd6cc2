import { linkText } from './link-text';

test('a HYPERLINK formula typed by a school reads as its label and address, never as formula text', () => {
  expect(linkText('=HYPERLINK("https://school.ru/prikaz.pdf";"Приказ")')).toBe('Приказ — https://school.ru/prikaz.pdf');
  expect(linkText('=hyperlink("https://a.ru")')).toBe('https://a.ru');
  expect(linkText('=ГИПЕРССЫЛКА("https://a.ru", "https://a.ru")')).toBe('https://a.ru');
  expect(linkText('=SUM(A1:A3)')).toBe('=SUM(A1:A3)');
  expect(linkText('см. приказ')).toBe('см. приказ');
});
