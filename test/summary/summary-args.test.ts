import { parseArgs } from '../../cli/args';

test('oko summary: the book, --today, --sheet, --out, --docx, --json', () => {
  expect(
    parseArgs([
      'summary',
      'Книга.xlsx',
      '--today',
      '2022-03-25',
      '--out=Итог.xlsx',
      '--docx',
      'Справка.docx',
      '--json',
    ]),
  ).toEqual({
    ok: true,
    command: {
      kind: 'summary',
      file: 'Книга.xlsx',
      sheet: null,
      today: '2022-03-25',
      json: true,
      out: 'Итог.xlsx',
      docx: 'Справка.docx',
    },
  });
  expect(parseArgs(['summary', 'b.xlsx', '--sheet', 'План'])).toMatchObject({
    ok: true,
    command: { sheet: 'План', today: null, out: null, docx: null, json: false },
  });
});

test.each([
  [['summary'], 'Не указан файл'],
  [['summary', 'b.xlsx', '--today', '25.03.2022'], '«25.03.2022»'],
  [['summary', 'b.xlsx', '--docx'], '«--docx»'],
  [['summary', 'b.xlsx', 'c.xlsx'], '«c.xlsx»'],
  [['summary', 'b.xlsx', '--dir', 'x'], '«--dir»'],
])('%j is refused in Russian', (argv, part) => {
  const r = parseArgs(argv);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.message).toContain(part);
});
