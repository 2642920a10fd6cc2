/**
 * Daily reminders: each responsible person from the «Ответственные» sheet gets at most one e-mail
 * a day listing their overdue and due-soon measures, within the host's remaining mail quota.
 */
import { isoToRu, valueText, type CellValue, type IsoDate } from '../grid/grid';
import { ru } from '../messages/ru';
import { textKey } from '../text/normalize';
import type { StatusReport, StatusRow } from './status-report';

export const CONTACTS_SHEET = 'Ответственные';

export interface Contact {
  readonly name: string;
  readonly email: string;
}

export interface ReminderEmail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly rows: readonly number[];
}

export interface ReminderPlan {
  readonly emails: readonly ReminderEmail[];
  /** E-mail → the last day a reminder went out, to store for tomorrow. */
  readonly sentOn: Readonly<Record<string, IsoDate>>;
  /** People with something due who will hear tomorrow: the quota ran out. */
  readonly deferred: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Contacts from the sheet: a name column and an e-mail column, found by their headers. */
export function readContacts(rows: readonly (readonly CellValue[])[]): Contact[] {
  const head = (rows[0] ?? []).map((v) => valueText(v).trim().toLowerCase());
  const nameCol = head.findIndex((h) => /^(фио|имя|ответственн|исполнител|должность)/.test(h));
  const mailCol = head.findIndex((h) => /(e-?mail|почта|адрес)/.test(h));
  if (nameCol < 0 || mailCol < 0) return [];
  return rows.slice(1).flatMap((r) => {
    const name = valueText(r[nameCol] ?? null).trim();
    const email = valueText(r[mailCol] ?? null).trim();
    return name && EMAIL.test(email) ? [{ name, email }] : [];
  });
}

function mine(row: StatusRow, contact: Contact): boolean {
  return textKey(row.responsible).includes(textKey(contact.name));
}

function body(name: string, rows: readonly StatusRow[], today: IsoDate): string {
  const lines = rows.map((r) => {
    const date = r.controlDate ? isoToRu(r.controlDate) : '—';
    return `• ${r.number ? `${r.number} ` : ''}${r.activity} — ${date} — ${r.control.label}`;
  });
  return [ru.reminders.greeting(name), ru.reminders.intro(isoToRu(today)), '', ...lines, '', ru.reminders.footer].join(
    '\n',
  );
}

export function planReminders(
  report: StatusReport,
  contacts: readonly Contact[],
  sentOn: Readonly<Record<string, IsoDate>>,
  quota: number,
): ReminderPlan {
  const today = report.today;
  const due = report.rows.filter((r) => r.control.kind === 'overdue' || r.control.kind === 'due-soon');
  const next: Record<string, IsoDate> = { ...sentOn };
  const emails: ReminderEmail[] = [];
  let deferred = 0;
  const seen = new Set<string>();
  for (const contact of contacts) {
    const to = contact.email.toLowerCase();
    if (seen.has(to) || sentOn[to] === today) continue;
    seen.add(to);
    const rows = due.filter((r) => mine(r, contact));
    if (rows.length === 0) continue;
    if (emails.length >= quota) {
      deferred++;
      continue;
    }
    emails.push({
      to: contact.email,
      subject: ru.reminders.subject(rows.length),
      body: body(contact.name, rows, today),
      rows: rows.map((r) => r.row),
    });
    next[to] = today;
  }
  return { emails, sentOn: next, deferred };
}
