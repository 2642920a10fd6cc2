/**
 * «ОКО-план → Объективность ВПР…»: a dialog where the official picks the downloaded files. The
 * files are read and analysed in the dialog, in the browser (core/xlsx-lite and core/vpr: no
 * ExcelJS, nothing sent anywhere but this book); the server gives the book's «Параметры» and
 * writes the sheet. No scope beyond the current spreadsheet.
 */
import { runSync } from '../core/commands/flow';
import { ru } from '../core/messages/ru';
import { vprParamsFlow, vprWriteFlow } from '../core/vpr/vpr-flow';
import type { VprAnalysis } from '../core/vpr/vpr-types';
import { UserFacingError } from './failure';
import { VPR_DIALOG_FILE } from './menu';
import { fromMenu, fromPanel } from './ui-run';
import type { VprParamsReply, VprWriteReply } from './vpr-server';

export function vprDialogFromMenu(): void {
  fromMenu(() => {
    const page = HtmlService.createHtmlOutputFromFile(VPR_DIALOG_FILE).setWidth(640).setHeight(560);
    SpreadsheetApp.getUi().showModalDialog(page, ru.vpr.host.dialogTitle);
  });
}

export function vprParams(): VprParamsReply {
  return fromPanel((host) => {
    const { params, warnings } = runSync(host, vprParamsFlow());
    return { params, warnings: [...warnings] };
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The dialog's analysis, checked for its shape: what comes from a page is never trusted blindly. */
function analysisOf(json: string): VprAnalysis {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new UserFacingError(ru.vpr.host.badData);
  }
  if (
    !isObject(value) ||
    !Array.isArray(value['results']) ||
    !Array.isArray(value['regions']) ||
    !isObject(value['params'])
  )
    throw new UserFacingError(ru.vpr.host.badData);
  // Checked above where it matters for writing; the rest is core's own JSON sent back.
  return value as unknown as VprAnalysis;
}

export function vprWrite(json: string): VprWriteReply {
  return fromPanel((host, ss) => {
    const analysis = analysisOf(json);
    const written = runSync(host, vprWriteFlow(analysis));
    const sheet = ss.getSheetByName(written.sheet);
    if (sheet) ss.setActiveSheet(sheet);
    return { sheet: written.sheet, paramsCreated: written.paramsCreated };
  });
}
