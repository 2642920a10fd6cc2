/**
 * The task pane's bridge: the same panel as the Sheets sidebar, but the flows run right here,
 * in the pane's own JavaScript, through the Excel adapter. Office errors become Russian text.
 */
import { runAsync, type Flow } from '../core/commands/flow';
import { checkFlow, clearMarksFlow, fixFlow, undoFlow } from '../core/commands/check-flows';
import type { CheckReport } from '../core/commands/report';
import { statusFlow, trackingFlow, type StatusResult } from '../core/commands/status-flows';
import { iso } from '../core/grid/dates';
import type { IsoDate } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import type { PanelBridge } from '../panel/bridge';
import { BACKUP_SHEET } from '../core/marks/mark-backup';
import { TEMPLATE_SHEET } from '../core/checklists/template-meta';
import type { ExcelHost } from './excel-host';
import { errorCode, isPayloadError } from './excel-read';
import type { ReadAhead } from './excel-session';

/** What each command reads, so the adapter reads it in the syncs it makes anyway (excel-session.ts). */
export const READ_AHEAD = {
  /** «Проверить план» and «Снять отметки»: the open sheet, the marks backup and the issue report. */
  check: { activeGrid: true, toolSheets: [BACKUP_SHEET, ru.report.sheetName] },
  /** «Статусы»: the open sheet. */
  status: { activeGrid: true, toolSheets: [] },
  /** «Сводная справка»: the open sheet, the checklist sheets and the summary sheet itself. */
  summary: {
    activeGrid: true,
    toolSheets: [
      ru.checklists.sheets.registry,
      ru.checklists.sheets.template,
      TEMPLATE_SHEET,
      ru.checklists.sheets.summary,
      ru.summary.sheetName,
    ],
  },
} as const satisfies Record<string, ReadAhead>;

/** A Russian sentence for an Office.js failure; the code names the cause where Excel gives one. */
export function explainOfficeError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'InvalidOperationInCellEditMode') return ru.excel.errors.editMode;
  if (code === 'AccessDenied') return ru.excel.errors.protected;
  if (isPayloadError(error)) return ru.excel.errors.tooLarge;
  if (code === 'ServiceNotAvailable' || code === 'RequestAborted' || code === 'Conflict') return ru.excel.errors.busy;
  const message = error instanceof Error ? error.message : String(error);
  return code ? ru.excel.errors.other(code, message) : message;
}

/**
 * Runs a flow, with what it will read read ahead when `ahead` says so; a failure reaches the
 * panel as an Error with a Russian message.
 */
export async function runExcel<T>(host: ExcelHost, flow: Flow<T>, ahead?: ReadAhead): Promise<T> {
  try {
    return await (ahead ? host.readAhead(ahead, () => runAsync(host, flow)) : runAsync(host, flow));
  } catch (error) {
    throw new Error(explainOfficeError(error));
  }
}

/** The check report, with a word on notes where this Excel cannot write them. */
export function withNotesHint(host: ExcelHost, report: CheckReport): CheckReport {
  return host.notes || !report.ok ? report : { ...report, message: `${report.message} ${ru.excel.notesUnsupported}` };
}

/** The date on the machine running the pane or the command: the workbook's «today» for core. */
export function localIsoDate(now: Date = new Date()): IsoDate {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A tracking result, with a word on what this Excel could not set (dropdown, colour rules). */
export function withTrackingHints(host: ExcelHost, result: StatusResult): StatusResult {
  if (!result.ok) return result;
  const hints = [
    host.validation ? '' : ru.excel.validationUnsupported,
    host.colorRules ? '' : ru.excel.colorRulesUnsupported,
  ].filter(Boolean);
  return hints.length ? { ...result, message: [result.message, ...hints].join(' ') } : result;
}

/** «Статусы: включить / обновить» on today's date, with the hints above. */
export async function runTracking(host: ExcelHost, enable: boolean, today: IsoDate): Promise<StatusResult> {
  return withTrackingHints(host, await runExcel(host, trackingFlow(today, enable), READ_AHEAD.status));
}

/** `today` is read at each call, so a pane left open overnight uses the new day. */
export function officeBridge(host: ExcelHost, today: () => IsoDate = () => localIsoDate()): PanelBridge {
  return {
    check: async () => withNotesHint(host, await runExcel(host, checkFlow(), READ_AHEAD.check)),
    clearMarks: () => runExcel(host, clearMarksFlow(), READ_AHEAD.check),
    applyFix: (sheet, id) => runExcel(host, fixFlow(sheet, id)),
    undo: (record) => runExcel(host, undoFlow(record)),
    statuses: () => runExcel(host, statusFlow(today()), READ_AHEAD.status),
    enableTracking: () => runTracking(host, true, today()),
    refreshTracking: () => runTracking(host, false, today()),
    select: async (sheet, row, col) => {
      try {
        await host.select(sheet, row, col);
      } catch (error) {
        // The panel fires selects and forgets them: a failed jump is only worth a console line.
        console.warn(explainOfficeError(error));
      }
    },
  };
}
