import type { ReceivedFile } from './school-file';
import { collectCursorJson, collectKey, parseCollectCursor, readStash, stashRows } from './collect-stash';

const files: ReceivedFile[] = [
  {
    name: '101 — Чек-лист ОКО',
    modified: '2025-05-15T10:00:00+03:00',
    sheets: [
      {
        sheet: 'Чек-лист',
        values: [
          ['Код', 'Показатель', 'Ответ', 'Комментарий / ссылка'],
          ['2.1', 'Приказ', 'Да', '=HYPERLINK("x")'],
          ['2.11', 'Дата', { date: '2025-05-20' }, null],
          ['2.10', 'Число', 7, true],
        ],
        merges: [],
      },
      {
        sheet: '_oko',
        values: [
          ['Шаблон', 'CL-1'],
          ['Ошибка', { error: '#REF!' }],
        ],
        merges: [],
      },
    ],
  },
  { name: '102', modified: '', unreadable: 'Файл удалён.' },
];

test('files round-trip through the stash rows, unreadable ones with their reason', () => {
  expect(readStash(stashRows(files))).toEqual(files);
  expect(readStash([])).toEqual([]);
  expect(readStash(null)).toBeNull();
});

test('a long file is cut into pieces a cell can hold, and joined back', () => {
  const long = 'ж'.repeat(95000);
  const big: ReceivedFile[] = [
    { name: '103', modified: 'x', sheets: [{ sheet: 'Чек-лист', values: [[long]], merges: [] }] },
  ];
  const rows = stashRows(big);
  expect(rows[0]?.length).toBe(6);
  expect(rows[0]?.slice(3).every((p) => typeof p === 'string' && p.length <= 40000)).toBe(true);
  expect(readStash(rows)).toEqual(big);
});

test('a damaged row means reading again, never a file silently dropped', () => {
  const rows = stashRows(files);
  const broken = rows.map((r, i) => (i === 0 ? [...r.slice(0, 3), '{"half'] : r));
  expect(readStash(broken)).toBeNull();
  expect(readStash([['101', 'x', null, '[{"sheet":"Чек-лист","values":[[{"formula":"=1"}]]}]']])).toBeNull();
  expect(readStash([[null, 'x']])).toBeNull();
  expect(
    readStash([
      [null, null],
      ['', ''],
    ]),
  ).toEqual([]);
});

test('the cursor round-trips; the key changes with the schools or their links', () => {
  const key = collectKey([
    { code: '1', link: 'a' },
    { code: '2', link: 'b' },
  ]);
  expect(parseCollectCursor(collectCursorJson({ version: 'v', key, next: 3 }))).toEqual({ version: 'v', key, next: 3 });
  expect(parseCollectCursor('{"version":"v","key":"k","next":-1}')).toBeNull();
  expect(parseCollectCursor(null)).toBeNull();
  expect(
    collectKey([
      { code: '1', link: 'a' },
      { code: '2', link: 'c' },
    ]),
  ).not.toBe(key);
  expect(
    collectKey([
      { code: '2', link: 'b' },
      { code: '1', link: 'a' },
    ]),
  ).not.toBe(key);
});
