/// <reference types="office-js" />
/**
 * Ribbon buttons «Проверить план», «Снять отметки», «Статусы: включить», «Статусы: обновить» and
 * «Сводная справка» (ExecuteFunction). Handlers are registered by register(), called once Office is ready, never at
 * import time.
 */
import { checkFlow, clearMarksFlow } from '../../core/commands/check-flows';
import { ru } from '../../core/messages/ru';
import { ACTIONS, type ActionId } from '../ids';
import { officeEnv } from '../excel-env';
import { createExcelHost, type ExcelHost } from '../excel-host';
import { READ_AHEAD, explainOfficeError, localIsoDate, runExcel, runTracking, withNotesHint } from '../office-bridge';
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
  runCommand(
    event,
    async (host) => withNotesHint(host, remember(await runExcel(host, checkFlow(), READ_AHEAD.check))).message,
  );

const clearMarks = (event: Office.AddinCommands.Event): Promise<void> =>
  runCommand(event, (host) => runExcel(host, clearMarksFlow(), READ_AHEAD.check));

const tracking =
  (enable: boolean) =>
  (event: Office.AddinCommands.Event): Promise<void> =>
    runCommand(event, async (host) => remember(await runTracking(host, enable, localIsoDate())).message);

const enableTracking = tracking(true);
const refreshTracking = tracking(false);

const summary = (event: Office.AddinCommands.Event): Promise<void> =>
  runCommand(event, async (host) => (await runSummary(host, localIsoDate(), memory)).message);

const HANDLERS: Record<ActionId, (event: Office.AddinCommands.Event) => Promise<void>> = {
  [ACTIONS.checkPlan]: checkPlan,
  [ACTIONS.clearMarks]: clearMarks,
  [ACTIONS.enableTracking]: enableTracking,
  [ACTIONS.refreshTracking]: refreshTracking,
  [ACTIONS.summary]: summary,
};

/**
 * Associates every ExecuteFunction action id of the manifest with its handler, and also makes it a
 * global function of that name: Office builds without `Office.actions.associate` (Excel 2016 and
 * 2019) call the FunctionName of the manifest on the commands page's window.
 */
export function register(): void {
  const globals = window as unknown as Record<string, unknown>;
  for (const id of Object.keys(HANDLERS) as ActionId[]) {
    const handler = (event: Office.AddinCommands.Event): void => void HANDLERS[id](event);
    globals[id] = handler;
    if (Office.actions && typeof Office.actions.associate === 'function') Office.actions.associate(id, handler);
  }
}

void Office.onReady(() => register());
