/**
 * The demo's officials at work on the plan: on a fixed day they mark measures done (with the
 * evidence), in progress, postponed or cancelled, and give event-bound measures a control date.
 * Seeded, so every run writes the same statuses; what they do depends on each measure's date.
 */
import type { Change } from '../core/changes/change-set';
import { addDays, daysBetween } from '../core/grid/dates';
import { isoToRu, type CellValue, type IsoDate } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import type { Columns } from '../core/plan/plan';
import type { StatusId } from '../core/status/control';
import type { StatusReport } from '../core/status/status-report';
import type { Random } from './demo-random';

export interface SimulatedStatus {
  readonly row: number;
  readonly status: StatusId;
  /** A control date the official typed, where the plan gives none. */
  readonly controlDate: IsoDate | null;
  readonly evidence: string | null;
}

const EVIDENCE = [
  (day: string, n: number) => `Информационная справка от ${day} № ${n}`,
  (day: string, n: number) => `Протокол совещания с руководителями ОО от ${day} № ${n}`,
  (day: string, n: number) => `Размещено на сайте ИМЦ ${day}: https://imc.example.org/oko/${n}`,
  (day: string, n: number) => `Письмо в ОО от ${day} № 01-12/${n}`,
];

/** What an official has marked by `today`, given the days left to the measure's date. */
function statusFor(days: number | null, rand: Random): StatusId {
  const x = rand.next();
  if (days === null) return x < 0.35 ? 'done' : x < 0.85 ? 'in-progress' : 'not-started';
  if (days < 0) return x < 0.45 ? 'done' : 'in-progress';
  if (days <= 30) return x < 0.6 ? 'in-progress' : 'not-started';
  return x < 0.15 ? 'done' : x < 0.65 ? 'in-progress' : 'not-started';
}

export function simulateStatuses(report: StatusReport, today: IsoDate, rand: Random): SimulatedStatus[] {
  const out = report.rows.map((r): SimulatedStatus => {
    // An event-bound measure («по графику») gets a date from the official now and then.
    const typed = r.computedDate === null && rand.chance(0.6) ? addDays(today, rand.int(-30, 25)) : null;
    const date = typed ?? r.computedDate;
    const status = statusFor(date === null ? null : daysBetween(today, date), rand);
    const done = status === 'done' ? addDays(date !== null && date < today ? date : today, -rand.int(1, 12)) : null;
    const evidence = done ? rand.pick(EVIDENCE)(isoToRu(done), rand.int(12, 240)) : null;
    return { row: r.row, status, controlDate: typed, evidence };
  });
  // One measure moved to a later date and one cancelled, as happens in every real plan.
  const later = out.findIndex((s, i) => s.status === 'not-started' && (report.rows[i]?.computedDate ?? '') > today);
  const dropped = out.map((s) => s.status).lastIndexOf('in-progress');
  return out.map((s, i) => {
    if (i === later)
      return { ...s, status: 'postponed', controlDate: addDays(report.rows[i]?.computedDate ?? today, 45) };
    if (i === dropped && i !== later) return { ...s, status: 'cancelled', controlDate: null };
    return s;
  });
}

/** The cells the officials typed: «Статус», «Контрольный срок» where set, «Отметка о выполнении». */
export function statusChanges(sheet: string, columns: Columns, statuses: readonly SimulatedStatus[]): Change[] {
  const cell = (row: number, col: number | undefined, value: CellValue): Change[] =>
    col === undefined || value === null ? [] : [{ kind: 'values', sheet, row, col, values: [[value]] }];
  return statuses.flatMap((s) => [
    ...cell(s.row, columns.status, ru.status.names[s.status]),
    ...cell(s.row, columns['control-date'], s.controlDate ? { date: s.controlDate } : null),
    ...cell(s.row, columns.evidence, s.evidence),
  ]);
}
