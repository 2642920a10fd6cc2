/**
 * «Статусы → Напоминания»: one daily time-driven trigger e-mails each responsible person their
 * overdue and due-soon measures. The plan sheet and who was written to today live in the
 * document's properties, so a second trigger (another official's) sends nothing twice.
 */
import { runSync } from '../core/commands/flow';
import { statusFlow, trackingFlow } from '../core/commands/status-flows';
import type { IsoDate } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import { CONTACTS_SHEET, planReminders, readContacts } from '../core/status/reminders';
import { failureReason, UserFacingError } from './failure';
import { REMINDERS_HANDLER } from './menu';
import { SheetsHost } from './sheets-host';
import { activePlan, alert, fromMenu, spreadsheetToday, SUMMARY_SECONDS, UNTIL_REPLACED } from './ui-run';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

const PLAN_SHEET_KEY = 'oko.reminders.sheet';
const SENT_ON_KEY = 'oko.reminders.sentOn';
const HOUR = 8;
const LOCK_MS = 30000;
const CONTACT_WIDTHS = [40, 32];

/** This user's reminder triggers deleted; how many there were. */
function removeTriggers(): number {
  const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === REMINDERS_HANDLER);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

export function remindersOnFromMenu(): void {
  fromMenu((ss, host) => {
    const { sheet, refusal } = activePlan(host);
    if (refusal) throw new UserFacingError(refusal);
    ss.toast(ru.gas.reminders.checking, ru.gas.title, UNTIL_REPLACED);
    // «Обновить» first: it refuses a sheet that is no plan (which would fail every morning
    // unseen) and a plan without «Статус», where nothing could ever be marked done.
    const status = runSync(host, trackingFlow(spreadsheetToday(ss), false, sheet));
    if (!status.ok) throw new UserFacingError(status.message);
    removeTriggers();
    ScriptApp.newTrigger(REMINDERS_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(HOUR)
      .inTimezone(ss.getSpreadsheetTimeZone())
      .create();
    PropertiesService.getDocumentProperties().setProperty(PLAN_SHEET_KEY, sheet);
    const contacts = host.readToolSheet(CONTACTS_SHEET);
    if (contacts === null) {
      // A new sheet only: the official's own «Ответственные» is never rewritten.
      host.apply([
        {
          kind: 'sheet',
          name: CONTACTS_SHEET,
          rows: [ru.gas.reminders.contactsHeader],
          boldRows: [1],
          widths: CONTACT_WIDTHS,
        },
      ]);
      host.select(CONTACTS_SHEET, 2, 1);
      ss.toast(ru.gas.reminders.enabled, ru.gas.title, SUMMARY_SECONDS);
      alert(ru.gas.reminders.contactsCreated(sheet));
      return;
    }
    const people = readContacts(contacts).length;
    if (people === 0) {
      ss.toast(ru.gas.reminders.enabled, ru.gas.title, SUMMARY_SECONDS);
      alert(ru.gas.reminders.noContacts(sheet));
    } else ss.toast(ru.gas.reminders.on(sheet, people), ru.gas.title, SUMMARY_SECONDS);
  });
}

export function remindersOffFromMenu(): void {
  // The remembered sheet stays: another official's trigger may still use it.
  fromMenu((ss) => ss.toast(ru.gas.reminders.off(removeTriggers()), ru.gas.title, SUMMARY_SECONDS));
}

/** Who was written to today, from the stored JSON; older days are dropped to keep it small. */
function sentToday(json: string | null, today: IsoDate): Record<string, IsoDate> {
  let stored: unknown;
  try {
    stored = json ? JSON.parse(json) : null;
  } catch {
    stored = null;
  }
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(Object.entries(stored).filter(([, day]) => day === today));
}

function send(ss: Spreadsheet, props: Properties, sheet: string): void {
  const host = new SheetsHost(ss);
  const today = spreadsheetToday(ss);
  const status = runSync(host, statusFlow(today, sheet));
  if (!status.ok || !status.report) throw new UserFacingError(status.message);
  const contacts = readContacts(host.readToolSheet(CONTACTS_SHEET) ?? []);
  const sent = sentToday(props.getProperty(SENT_ON_KEY), today);
  const plan = planReminders(status.report, contacts, sent, MailApp.getRemainingDailyQuota());
  try {
    for (const email of plan.emails) {
      try {
        MailApp.sendEmail(email.to, email.subject, email.body);
        sent[email.to.toLowerCase()] = today;
      } catch (error) {
        console.error(ru.gas.reminders.mailFailed(email.to, failureReason(error)));
      }
    }
  } finally {
    props.setProperty(SENT_ON_KEY, JSON.stringify(sent));
  }
  if (plan.deferred > 0) console.warn(ru.gas.reminders.deferred(plan.deferred));
}

/** The trigger's handler: nobody is looking, so problems go to the execution log, not an alert. */
export function sendReminders(): void {
  try {
    const ss = SpreadsheetApp.getActive();
    const props = PropertiesService.getDocumentProperties();
    const sheet = props.getProperty(PLAN_SHEET_KEY);
    if (!sheet) throw new UserFacingError(ru.gas.reminders.noPlanSheet);
    // Two officials may each have a trigger: one runs at a time, the other sees «sent today».
    const lock = LockService.getDocumentLock();
    if (lock && !lock.tryLock(LOCK_MS)) return;
    try {
      send(ss, props, sheet);
    } finally {
      lock?.releaseLock();
    }
  } catch (error) {
    console.error(ru.gas.reminders.notSent(failureReason(error)));
  }
}
