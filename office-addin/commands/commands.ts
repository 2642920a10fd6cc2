/// <reference types="office-js" />
/**
 * Ribbon buttons «Проверить план», «Снять отметки», «Статусы: включить», «Статусы: обновить» and
 * «Сводная справка» (ExecuteFunction). Handlers are registered by register(), called once Office is ready, never at
 * import time.
 */
import { checkFlow, clearMarksFlow } from '../../core/commands/check-flows';
import { ru } from '../../core/messages/ru';
import { ACTIONS } from '../ids';
import { officeEnv } from '../excel-env';
import { createExcelHost, type ExcelHost } from '../excel-host';
import { explainOfficeError, localIsoDate, runExcel, runTracking, withNotesHint } from '../office-bridge';
import { planMemory, runSummary } from '../summary/summary-run';
import { showMessage } from './show-message';

/** The plan last checked or tracked from the ribbon: the summary's plan while a tool sheet is open. */
const memory = planMemory();

const remember = <T extends { ok: boolean; sheet: string }>(r: T): T => {
  if (r.ok) memory.set(r.sheet);
  return r;
};

/** Runs one command, tells its outcome, and always releases the ribbon button. */
async function runCommand(
  event: Office.AddinCommands.Event,
  work: (host: ExcelHost) => Promise<string>,
): Promise<void> {
  try {
    let message: string;
    try {
      message = await work(createExcelHost(officeEnv()));
    } catch (error) {
      message = ru.excel.commandFailed(explainOfficeError(error));
    }
    await showMessage(message);
  } finally {
    event.completed();
  }
}

const checkPlan = (event: Office.AddinCommands.Event): Promise<void> =>
  runCommand(event, async (host) => withNotesHint(host, remember(await runExcel(host, checkFlow()))).message);

const clearMarks = (event: Office.AddinCommands.Event): Promise<void> =>
  runCommand(event, (host) => runExcel(host, clearMarksFlow()));

const tracking =
  (enable: boolean) =>
  (event: Office.AddinCommands.Event): Promise<void> =>
    runCommand(event, async (host) => remember(await runTracking(host, enable, localIsoDate())).message);

const enableTracking = tracking(true);
const refreshTracking = tracking(false);

const summary = (event: Office.AddinCommands.Event): Promise<void> =>
  runCommand(event, async (host) => (await runSummary(host, localIsoDate(), memory)).message);

/** Associates every ExecuteFunction action id of the manifest with its handler. */
export function register(): void {
  Office.actions.associate(ACTIONS.checkPlan, (event: Office.AddinCommands.Event) => void checkPlan(event));
  Office.actions.associate(ACTIONS.clearMarks, (event: Office.AddinCommands.Event) => void clearMarks(event));
  Office.actions.associate(ACTIONS.enableTracking, (event: Office.AddinCommands.Event) => void enableTracking(event));
  Office.actions.associate(ACTIONS.refreshTracking, (event: Office.AddinCommands.Event) => void refreshTracking(event));
  Office.actions.associate(ACTIONS.summary, (event: Office.AddinCommands.Event) => void summary(event));
}

void Office.onReady(() => register());
