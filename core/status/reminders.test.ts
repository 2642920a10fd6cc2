import type { StatusReport, StatusRow } from './status-report';
import { planReminders, readContacts } from './reminders';

const row = (r: number, responsible: string, kind: StatusRow['control']['kind']): StatusRow => ({
  row: r,
  number: `${r}`,
  activity: `Мероприятие ${r}`,
  responsible,
  section: null,
  deadline: 'май',
  status: 'not-started',
  controlDate: '2025-05-31',
  computedDate: '2025-05-31',
  control: {
    kind,
    daysLeft: kind === 'overdue' ? -3 : 5,
    label: kind === 'overdue' ? 'Просрочено (3 дн.)' : 'Срок через 5 дн.',
  },
});

const report: StatusReport = {
  today: '2025-06-03',
  rows: [
    row(1, 'ИМЦ, Управление образования', 'overdue'),
    row(2, 'ИМЦ', 'due-soon'),
    row(3, 'Управление образования', 'on-time'),
  ],
  totals: {
    status: { 'not-started': 3, 'in-progress': 0, done: 0, postponed: 0, cancelled: 0 },
    control: { overdue: 1, 'due-soon': 1, 'on-time': 1, 'no-date': 0, done: 0, cancelled: 0 },
  },
};

test('contacts come from the «Ответственные» sheet; rows without a valid e-mail are skipped', () => {
  expect(
    readContacts([
      ['ФИО / должность', 'E-mail'],
      ['ИМЦ', 'imc@edu.ru'],
      ['Управление образования', 'не указан'],
      ['', 'x@y.ru'],
    ]),
  ).toEqual([{ name: 'ИМЦ', email: 'imc@edu.ru' }]);
});

test('one e-mail per person per day, only their overdue and due-soon measures', () => {
  const contacts = [
    { name: 'ИМЦ', email: 'imc@edu.ru' },
    { name: 'Управление образования', email: 'uo@edu.ru' },
  ];
  const first = planReminders(report, contacts, {}, 100);
  expect(first.emails.map((e) => [e.to, e.rows])).toEqual([
    ['imc@edu.ru', [1, 2]],
    ['uo@edu.ru', [1]],
  ]);
  expect(first.emails[0]?.body).toContain('Просрочено (3 дн.)');
  expect(first.emails[0]?.subject).toMatch(/2$/);
  const again = planReminders(report, contacts, first.sentOn, 100);
  expect(again.emails).toEqual([]);
});

test('the quota is respected: the rest are deferred to tomorrow', () => {
  const contacts = [
    { name: 'ИМЦ', email: 'imc@edu.ru' },
    { name: 'Управление образования', email: 'uo@edu.ru' },
  ];
  const plan = planReminders(report, contacts, {}, 1);
  expect(plan.emails).toHaveLength(1);
  expect(plan.deferred).toBe(1);
  expect(plan.sentOn).toEqual({ 'imc@edu.ru': '2025-06-03' });
});
