/** «Мои сроки» as data (core/view/deadlines.ts): executors, one person's list, the «new date» hint. */
import type { StatusReport, StatusRow } from '../status/status-report';
import { cellColumn, controlDateText, dueFor, executors, splitResponsible } from './deadlines';
import { ru } from '../messages/ru';

type Kind = StatusRow['control']['kind'];

const row = (
  r: number,
  responsible: string,
  kind: Kind,
  daysLeft: number | null,
  status: StatusRow['status'] = 'not-started',
): StatusRow => ({
  row: r,
  number: `${r}`,
  activity: `Мероприятие ${r}`,
  responsible,
  section: null,
  deadline: 'март',
  status,
  controlDate: '2025-03-31',
  computedDate: '2025-03-31',
  control: { kind, daysLeft, label: kind },
});

const report = (rows: StatusRow[], columns?: StatusReport['columns']): StatusReport => ({
  today: '2025-03-20',
  rows,
  ...(columns ? { columns } : {}),
  totals: {
    status: { 'not-started': 0, 'in-progress': 0, done: 0, postponed: 0, cancelled: 0 },
    control: { overdue: 0, 'due-soon': 0, 'on-time': 0, 'no-date': 0, done: 0, cancelled: 0 },
  },
});

const ROWS = [
  row(5, 'Управление образования', 'due-soon', 5),
  row(6, 'Управление образования, ИМЦ', 'overdue', -5),
  row(7, ' ИМЦ ;ЦОКО', 'overdue', -19),
  row(8, 'ЦОКО\nЁлкина  А. А.', 'on-time', 40),
  row(9, 'имц', 'on-time', 20, 'postponed'),
  row(10, 'ИМЦ', 'done', -3, 'done'),
];

test('executors: split by commas, semicolons and line breaks, trimmed, one per name, Russian order', () => {
  expect(splitResponsible(' ИМЦ ;ЦОКО,, ')).toEqual(['ИМЦ', 'ЦОКО']);
  expect(executors(report(ROWS))).toEqual(['Ёлкина А. А.', 'ИМЦ', 'Управление образования', 'ЦОКО']);
});

test('one person: overdue first (most overdue on top), then due soon, then postponed waiting for a date', () => {
  const mine = dueFor(report(ROWS), 'ИМЦ');
  expect(mine.map((i) => [i.row.row, i.newDate])).toEqual([
    [7, false],
    [6, false],
    [9, true],
  ]);
  expect(dueFor(report(ROWS), '').map((i) => i.row.row)).toEqual([7, 6, 5, 9]);
  expect(dueFor(report(ROWS), 'Управление образования').map((i) => i.row.row)).toEqual([6, 5]);
  expect(dueFor(report(ROWS), 'Ёлкина А. А.')).toEqual([]);
});

test('a click goes to «Статус» when tracked, else to the activity', () => {
  expect(cellColumn(report(ROWS, { status: 6, activity: 2 }))).toBe(6);
  expect(cellColumn(report(ROWS, { status: null, activity: 2 }))).toBe(2);
  expect(cellColumn(report(ROWS))).toBe(1);
});

describe('controlDateText', () => {
  it('shows the control date as ДД.ММ.ГГГГ, or says there is none', () => {
    expect(controlDateText({ ...row(5, 'Иванов', 'on-time', 10), controlDate: '2026-03-09' })).toBe('09.03.2026');
    expect(controlDateText({ ...row(6, 'Иванов', 'no-date', null), controlDate: null })).toBe(ru.panel.noDate);
  });
});
