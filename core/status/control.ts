/** «Контроль»: what the department must look at, from status, control date and today. */
import type { IsoDate } from '../grid/grid';
import { daysBetween } from '../grid/dates';
import { ru } from '../messages/ru';

export type StatusId = 'not-started' | 'in-progress' | 'done' | 'postponed' | 'cancelled';
export type ControlKind = 'done' | 'cancelled' | 'overdue' | 'due-soon' | 'on-time' | 'no-date';

export const STATUS_IDS: readonly StatusId[] = ['not-started', 'in-progress', 'done', 'postponed', 'cancelled'];

/**
 * What an official typed in «Статус» → the status it means. Empty reads as «Не начато»;
 * text that means none of the five gives null (the rule `status-unknown` flags it).
 */
export function recogniseStatus(text: string): StatusId | null {
  const t = text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  if (t === '' || /^не (начат|выполн)/.test(t)) return 'not-started';
  if (/^(в работе|выполняется|в процессе|начат)/.test(t)) return 'in-progress';
  if (/^(выполн|исполн|сделан|готов|завершен)/.test(t)) return 'done';
  if (/^(перенес|отложен)/.test(t)) return 'postponed';
  if (/^(отмен|снят)/.test(t)) return 'cancelled';
  return null;
}

export function parseStatus(text: string): StatusId {
  return recogniseStatus(text) ?? 'not-started';
}

export interface Control {
  readonly kind: ControlKind;
  /** Days from today to the control date (negative when overdue), or null without a date. */
  readonly daysLeft: number | null;
  readonly label: string;
}

/** The one horizon of «скоро срок»: «Контроль», the status summary, the справка's list and text. */
export const DUE_SOON_DAYS = 14;

export function control(status: StatusId, date: IsoDate | null, today: IsoDate, window = DUE_SOON_DAYS): Control {
  const daysLeft = date ? daysBetween(today, date) : null;
  if (status === 'done') return { kind: 'done', daysLeft, label: ru.status.control.done };
  if (status === 'cancelled') return { kind: 'cancelled', daysLeft, label: ru.status.control.cancelled };
  if (daysLeft === null) return { kind: 'no-date', daysLeft, label: ru.status.control.noDate };
  if (daysLeft < 0) return { kind: 'overdue', daysLeft, label: ru.status.control.overdue(-daysLeft) };
  if (daysLeft <= window) return { kind: 'due-soon', daysLeft, label: ru.status.control.dueSoon(daysLeft) };
  return { kind: 'on-time', daysLeft, label: ru.status.control.onTime };
}
