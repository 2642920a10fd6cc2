import type { FillChange, SheetChange } from '../changes/change-set';
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
    submission: sub('1', ['Да', 'Нет', 'Частично'], ['=HYPERLINK("x")', '', '+7']),
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
});
const sheet = changes[0] as SheetChange;
const fills = changes.slice(1) as FillChange[];

test('one row per school, then totals, not submitted, quarantine and comments', () => {
  expect(sheet.name).toBe('Свод чек-листов');
  expect(sheet.rows).toEqual([
    ['Код ОО', 'Наименование', 'Статус', 'Дата сдачи', 'Файл', 'Изменён', '2.1', '2.2', '2.3'],
    ['1', 'Школа 1', 'Сдан', { date: '2025-05-20' }, '1.xlsx', '2025-05-20T23:30:00+03:00', 'Да', 'Нет', 'Частично'],
    ['2', 'Школа 2', 'Заполняется', { date: '2025-05-20' }, '2.xlsx', '2025-05-20T23:30:00+03:00', 'Да', null, null],
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
    ['1', '2.1', 'Да', '=HYPERLINK("x")'],
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
      [...readPreviousRows(values, template)].flatMap(([code, r]) =>
        r.submission ? [[code, fingerprint(r.submission)] as const] : [],
      ),
    );
  const previous = read(sheet.rows.map((r) => [...r] as never));
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
