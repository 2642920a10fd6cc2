import type { StatusReport, StatusRow } from './status-report';
import { postponedWithoutDate } from './postponed';

const row = (
  r: number,
  status: StatusRow['status'],
  controlDate: string | null,
  computedDate: string | null,
): StatusRow => ({
  row: r,
  number: `${r}`,
  activity: `Мероприятие ${r}`,
  responsible: 'ИМЦ',
  section: null,
  deadline: 'май',
  status,
  controlDate,
  computedDate,
  control: { kind: 'on-time', daysLeft: null, label: 'В срок' },
});

const report = (rows: StatusRow[]): StatusReport => ({
  today: '2025-05-01',
  rows,
  totals: {
    status: { 'not-started': 0, 'in-progress': 0, done: 0, postponed: 0, cancelled: 0 },
    control: { overdue: 0, 'due-soon': 0, 'on-time': 0, 'no-date': 0, done: 0, cancelled: 0 },
  },
});

test('a postponed measure without a later date asks for one; others do not', () => {
  const rows = [
    row(1, 'postponed', '2025-05-31', '2025-05-31'),
    row(2, 'postponed', '2025-05-20', '2025-05-31'),
    row(3, 'postponed', '2025-06-15', '2025-05-31'),
    row(4, 'postponed', null, null),
    row(5, 'postponed', '2025-06-15', null),
    row(6, 'in-progress', '2025-05-31', '2025-05-31'),
  ];
  expect(postponedWithoutDate(report(rows)).map((r) => r.row)).toEqual([1, 2, 4]);
});
