import { plainValue, type FillChange, type SheetChange } from '../changes/change-set';
import type { CellValue } from '../grid/grid';
import { FILES_SHEET } from './accepted-files';
import { DEFAULT_INDICATORS } from './default-template';
import { indicatorTotals } from './indicator-totals';
import type { School } from './registry';
import { readPreviousRows } from './previous-summary';
import { dayOf, fingerprint, summaryChanges, type SummarySchool } from './summary-sheet';
import type { Submission } from './submission-read';
import { makeTemplate } from './template';

const template = makeTemplate('CL', DEFAULT_INDICATORS.slice(0, 3));
const school = (code: string, row: number): School => ({
  row,
  code,
  name: `Школа ${code}`,
  responsible: '',
  email: '',
  link: '',
  status: '',
  date: null,
});
const sub = (code: string, answers: (string | null)[], comments: string[] = []): Submission => ({
  code,
  file: `${code}.xlsx`,
  modified: '2025-05-20T23:30:00+03:00',
  answers,
  comments: answers.map((_, k) => comments[k] ?? ''),
});
const rows: SummarySchool[] = [
  {
    school: school('1', 2),
    status: 'submitted',
    submission: sub('1', ['Да', 'Нет', 'Частично'], ['=HYPERLINK("https://s.ru/p.pdf";"Приказ")', '', '+7']),
    date: { date: '2025-05-20' },
  },
  { school: school('2', 3), status: 'filling', submission: sub('2', ['Да', null, null]), date: { date: '2025-05-20' } },
  { school: school('3', 4), status: 'not-opened', submission: null, date: null },
];
const totals = indicatorTotals(
  template,
  rows.flatMap((r) => (r.submission ? [r.submission.answers] : [])),
);
const changes = summaryChanges({
  template,
  schools: rows,
  totals,
  notSubmitted: rows.slice(1),
  quarantine: [{ file: 'x.xlsx', modified: '', code: null, reason: 'причина' }],
  offset: 180,
});
const sheet = changes[0] as SheetChange;
const fills = changes.filter((c): c is FillChange => c.kind === 'fill');
const hidden = changes.find((c): c is SheetChange => c.kind === 'sheet' && c.name === FILES_SHEET);

test('one row per school, then totals, not submitted, quarantine and comments', () => {
  expect(sheet.name).toBe('Свод чек-листов');
  expect(sheet.rows).toEqual([
    ['Код ОО', 'Наименование', 'Статус', 'Дата сдачи', 'Файл', 'Изменён', '2.1', '2.2', '2.3'],
    ['1', 'Школа 1', 'Сдан', { date: '2025-05-20' }, '1.xlsx', '20.05.2025 23:30', 'Да', 'Нет', 'Частично'],
    ['2', 'Школа 2', 'Заполняется', { date: '2025-05-20' }, '2.xlsx', '20.05.2025 23:30', 'Да', null, null],
    ['3', 'Школа 3', 'Не открыт', null, null, null, null, null, null],
    [],
    ['Итоги по показателям (среди школ, приславших ответы)'],
    ['Код', 'Показатель', 'Да / заполнено', 'Нет', 'Частично', 'Не заполнено', 'Доля «Да», %'],
    ['2.1', DEFAULT_INDICATORS[0]?.text, 2, 0, 0, 0, 100],
    ['2.2', DEFAULT_INDICATORS[1]?.text, 0, 1, 0, 1, 0],
    ['2.3', DEFAULT_INDICATORS[2]?.text, 0, 0, 1, 1, 0],
    [],
    ['Не представили чек-лист (кроме «Сдан» и «Принят»): 2'],
    ['Код ОО', 'Наименование', 'Статус'],
    ['2', 'Школа 2', 'Заполняется'],
    ['3', 'Школа 3', 'Не открыт'],
    [],
    ['Файлы, не принятые в свод из-за ошибок (школе нужно исправить и прислать снова): 1'],
    ['Файл', 'Код ОО', 'Причина'],
    ['x.xlsx', null, 'причина'],
    [],
    ['Комментарии и ссылки школ'],
    ['Код ОО', 'Показатель', 'Ответ', 'Комментарий / ссылка'],
    ['1', '2.1', 'Да', { text: 'Приказ — https://s.ru/p.pdf', url: 'https://s.ru/p.pdf' }],
    ['1', '2.3', 'Частично', '+7'],
  ]);
  expect(sheet.boldRows).toEqual([1, 6, 7, 12, 13, 17, 18, 21, 22]);
});

test('answers are coloured: Да green, Нет red, Частично amber; nothing else', () => {
  expect(fills.map((f) => [f.row, f.col, f.color])).toEqual([
    [2, 7, '#C6EFCE'],
    [2, 8, '#FFC7CE'],
    [2, 9, '#FFEB9C'],
    [3, 7, '#C6EFCE'],
  ]);
});

test('the first table is read back: which file each school had', () => {
  const read = (values: Parameters<typeof readPreviousRows>[0]): Map<string, string> =>
    new Map(
      [...readPreviousRows(values, template, hidden ? hidden.rows.map((r) => r.map(plainValue)) : null, 180)].flatMap(
        ([code, r]) => (r.submission ? [[code, fingerprint(r.submission)] as const] : []),
      ),
    );
  const previous = read(sheet.rows.map((r) => r.map(plainValue)));
  expect(previous).toEqual(
    new Map([
      ['1', fingerprint(sub('1', []))],
      ['2', fingerprint(sub('2', []))],
    ]),
  );
  expect(read(null).size).toBe(0);
  expect(read([['что-то другое']]).size).toBe(0);
});

test('the day of a timestamp is the school’s own calendar day', () => {
  expect(dayOf('2025-05-20T23:30:00+03:00')).toEqual({ date: '2025-05-20' });
  expect(dayOf('')).toBeNull();
});

describe('«Изменён»: shown for the official, exact for the next collect', () => {
  const shown = sheet.rows.map((r) => r.map(plainValue));
  const exact = (hidden?.rows ?? []).map((r) => r.map(plainValue));
  const modifiedOf = (values: CellValue[][], files: CellValue[][] | null): (string | undefined)[] =>
    ['1', '2'].map((c) => readPreviousRows(values, template, files, 180).get(c)?.submission?.modified);

  test('the hidden sheet keeps the exact moment of each accepted file, by school', () => {
    expect(hidden?.hidden).toBe(true);
    expect(exact.slice(1)).toEqual([
      ['1', '1.xlsx', '2025-05-20T23:30:00+03:00'],
      ['2', '2.xlsx', '2025-05-20T23:30:00+03:00'],
    ]);
    expect(modifiedOf(shown, exact)).toEqual(['2025-05-20T23:30:00+03:00', '2025-05-20T23:30:00+03:00']);
  });

  test('a «Свод» sorted by the official still pairs each school with its own moment', () => {
    const other = [...exact.slice(0, 1), ['1', '1.xlsx', '2025-05-19T08:00:00+05:00'], exact[2] ?? []];
    const sorted = [shown[0] ?? [], shown[3] ?? [], shown[2] ?? [], shown[1] ?? []];
    expect(modifiedOf(sorted, other)).toEqual(['2025-05-19T08:00:00+05:00', '2025-05-20T23:30:00+03:00']);
  });

  test('an old book (the ISO moment in «Изменён», no hidden sheet) reads exactly as before', () => {
    const old = shown.map((r, i) => (i === 1 || i === 2 ? r.map((v, c) => (c === 5 ? '2025-05-20T20:30:00Z' : v)) : r));
    expect(modifiedOf(old, null)).toEqual(['2025-05-20T20:30:00Z', '2025-05-20T20:30:00Z']);
  });

  test('the hidden sheet lost or naming another file: the shown time, to the minute, at the book’s offset', () => {
    expect(modifiedOf(shown, null)).toEqual(['2025-05-20T23:30:00+03:00', '2025-05-20T23:30:00+03:00']);
    const stale = [exact[0] ?? [], ['1', '1 (2).xlsx', '2025-06-01T10:00:00+03:00']];
    expect(modifiedOf(shown, stale)[0]).toBe('2025-05-20T23:30:00+03:00');
  });
});
