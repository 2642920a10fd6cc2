import { parseDeadline } from '../deadline/deadline-parse';
import type { DeadlineContext } from '../deadline/deadline';
import { controlDate } from './control-date';
import { control, parseStatus, recogniseStatus } from './control';

const ACADEMIC: DeadlineContext = { academicYear: 2021, period: { from: '2021-09-01', to: '2022-08-31' } };
const due = (text: string, today: string, done = false): string | null =>
  controlDate(parseDeadline(text, ACADEMIC), today, done);

describe('control dates for every deadline kind', () => {
  test.each([
    ['До 21 июня 2021', '2021-01-10', '2021-06-21'],
    ['21.06.2022', '2022-06-25', '2022-06-21'],
    ['Апрель – май 2022', '2022-03-01', '2022-05-31'],
    ['Апрель – май 2022', '2022-04-15', '2022-05-31'],
    ['Апрель – май 2022', '2022-07-01', '2022-05-31'],
    ['март', '2021-10-01', '2022-03-31'],
    ['октябрь', '2021-10-01', '2021-10-31'],
    ['В течение года', '2021-12-01', '2022-08-31'],
    ['IV квартал 2022', '2022-01-01', '2022-12-31'],
    ['По результатам процедур ОКО', '2022-01-01', null],
    ['По запросу', '2022-01-01', null],
    ['Постоянно', '2022-01-01', null],
    ['когда-нибудь потом', '2022-01-01', null],
  ])('%s on %s → %s', (text, today, expected) => expect(due(text, today)).toBe(expected));

  test('annual: this year’s occurrence, the next one once done', () => {
    expect(due('Ежегодно (июнь-июль)', '2022-03-01')).toBe('2022-07-31');
    expect(due('Ежегодно (июнь-июль)', '2022-08-15')).toBe('2022-07-31');
    expect(due('Ежегодно (июнь-июль)', '2022-08-15', true)).toBe('2023-07-31');
    expect(due('ежегодно до 1 сентября', '2023-02-01')).toBe('2023-09-01');
  });

  test('annual across a year boundary', () => {
    expect(due('Ежегодно декабрь-январь', '2022-01-10')).toBe('2022-01-31');
    expect(due('Ежегодно декабрь-январь', '2022-11-10')).toBe('2023-01-31');
    expect(due('Ежегодно декабрь-январь', '2022-12-20')).toBe('2023-01-31');
  });

  test('monthly: this month’s day, the next month once done', () => {
    expect(due('до 25 числа ежемесячно', '2022-02-10')).toBe('2022-02-25');
    expect(due('до 25 числа ежемесячно', '2022-02-26')).toBe('2022-02-25');
    expect(due('до 25 числа ежемесячно', '2022-02-26', true)).toBe('2022-03-25');
    expect(due('до 31 числа ежемесячно', '2022-02-10')).toBe('2022-02-28');
  });
});

describe('«Контроль»', () => {
  test.each([
    ['not-started', '2022-05-31', '2022-06-03', 'overdue', 'Просрочено (3 дн.)', -3],
    ['in-progress', '2022-05-31', '2022-05-21', 'due-soon', 'Срок через 10 дн.', 10],
    ['in-progress', '2022-05-31', '2022-05-31', 'due-soon', 'Срок сегодня', 0],
    ['not-started', '2022-05-31', '2022-04-01', 'on-time', 'В срок', 60],
    ['done', '2022-05-31', '2022-06-03', 'done', 'Выполнено', -3],
    ['cancelled', '2022-05-31', '2022-06-03', 'cancelled', 'Отменено', -3],
    ['not-started', null, '2022-06-03', 'no-date', 'Без срока', null],
  ] as const)('%s, due %s, today %s → %s', (status, date, today, kind, label, days) => {
    expect(control(status, date, today)).toEqual({ kind, label, daysLeft: days });
  });

  test('the due-soon window is configurable', () => {
    expect(control('not-started', '2022-05-31', '2022-05-01', 30).kind).toBe('due-soon');
    expect(control('not-started', '2022-05-31', '2022-05-01').kind).toBe('on-time');
  });

  test.each([
    ['Выполнено', 'done'],
    [' выполнено ', 'done'],
    ['В работе', 'in-progress'],
    ['Перенесено', 'postponed'],
    ['Отменено', 'cancelled'],
    ['', 'not-started'],
    ['сделано', 'done'],
    ['выполнено ', 'done'],
    ['ВЫПОЛНЕНО', 'done'],
    ['не выполнено', 'not-started'],
    ['что-то своё', 'not-started'],
  ] as const)('status %j → %s', (text, id) => expect(parseStatus(text)).toBe(id));

  test('text that is no status is recognised as none, to be flagged', () => {
    expect(recogniseStatus('что-то своё')).toBeNull();
    expect(recogniseStatus('')).toBe('not-started');
  });
});
