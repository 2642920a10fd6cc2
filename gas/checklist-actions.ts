/**
 * The «Чек-листы школ» menu items: prepare the book, send the schools' files (and go on with a
 * stopped sending), collect them. One run at a time per document: sending twice at once would
 * make two files for a school.
 */
import { prepareChecklistBookFlow } from '../core/checklists/checklist-flows';
import { newTemplateId } from '../core/checklists/template';
import { runSync } from '../core/commands/flow';
import { ru } from '../core/messages/ru';
import { collectFromSchools } from './checklist-collect';
import { sendChecklists, type RunOutcome } from './checklist-send';
import { UserFacingError } from './failure';
import { runContext } from './run-clock';
import type { SheetsHost } from './sheets-host';
import { alert, fromMenu, SUMMARY_SECONDS, UNTIL_REPLACED } from './ui-run';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_MS = 5000;

function locked<T>(run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_MS)) throw new UserFacingError(ru.gas.checklists.busy);
  try {
    return run();
  } finally {
    lock?.releaseLock();
  }
}

function report(ss: Spreadsheet, outcome: RunOutcome): void {
  ss.toast(outcome.toast, ru.gas.title, SUMMARY_SECONDS);
  if (outcome.notices.length > 0) alert(outcome.notices.join('\n\n'));
}

export function prepareChecklistsFromMenu(): void {
  fromMenu((ss, host) => {
    ss.toast(ru.gas.checklists.preparing, ru.gas.title, UNTIL_REPLACED);
    const ctx = runContext(ss.getSpreadsheetTimeZone());
    const result = runSync(
      host,
      prepareChecklistBookFlow({ ...ctx, templateId: newTemplateId(`${ss.getId()}|${ctx.now}`) }),
    );
    const registry = ru.checklists.sheets.registry;
    if (result.created.includes(registry)) host.select(registry, 2, 1);
    ss.toast(
      result.created.length > 0 ? `${result.message} ${ru.gas.checklists.prepareNext}` : result.message,
      ru.gas.title,
      SUMMARY_SECONDS,
    );
  });
}

const send =
  (resume: boolean) =>
  (ss: Spreadsheet, host: SheetsHost): void => {
    ss.toast(ru.gas.checklists.sending, ru.gas.title, UNTIL_REPLACED);
    report(
      ss,
      locked(() => sendChecklists(ss, host, resume)),
    );
  };

export const sendChecklistsFromMenu = (): void => fromMenu(send(false));
export const continueSendingFromMenu = (): void => fromMenu(send(true));

export function collectChecklistsFromMenu(): void {
  fromMenu((ss, host) => {
    ss.toast(ru.gas.checklists.collecting, ru.gas.title, UNTIL_REPLACED);
    report(
      ss,
      locked(() => collectFromSchools(ss, host)),
    );
  });
}
