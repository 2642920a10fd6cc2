import { besidePage, queryParam } from '../../../office-addin/page-url';
import { utf8Bytes } from '../../../office-addin/excel-cells';

test('a page beside the current one, query and fragment dropped', () => {
  expect(besidePage('https://h/oko/commands.html?_host_Info=Excel#x', 'message.html')).toBe(
    'https://h/oko/message.html',
  );
  expect(besidePage('https://h/commands.html', 'message.html')).toBe('https://h/message.html');
});

test('a query value decoded as URLSearchParams would', () => {
  const text = 'План: 5 замечаний & «ошибки» = 100%';
  const search = `?_host_Info=Excel&m=${encodeURIComponent(text)}`;
  expect(queryParam(search, 'm')).toBe(new URLSearchParams(search).get('m'));
  expect(queryParam('?a=1+2', 'a')).toBe('1 2');
  expect(queryParam('?a=1', 'm')).toBe('');
  expect(queryParam('?m=%E0%A4%A', 'm')).toBe('%E0%A4%A');
});

test('UTF-8 byte count equals TextEncoder’s', () => {
  const encoder = new TextEncoder();
  for (const s of ['', 'abc', 'План «ОКО»', '€ and 😀 and \u07ff\u0800', '\ud800 lone']) {
    expect(utf8Bytes(s)).toBe(encoder.encode(s).length);
  }
});
