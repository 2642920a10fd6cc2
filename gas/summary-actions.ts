/**
 * «Сводная справка» from the menu: core's flow rebuilds the summary sheet and its chart, then a
 * Google Doc of the справка is made next to the book, its link noted on «Сводная справка» (never
 * on the plan), and a dialog offers the Doc and the same справка as .docx.
 */
import { runSync } from '../core/commands/flow';
import { isoToRu } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import { openPlanSummaryFlow } from '../core/summary/summary-flow';
import { moveNextToBook } from './doc-folder';
import { showSpravkaDialog, unsigned } from './docx-dialog';
import { failureText, UserFacingError } from './failure';
import { rememberedPlan } from './plan-memory';
import { writeSpravkaDoc } from './spravka-doc';
import { alert, fromMenu, spreadsheetToday, SUMMARY_SECONDS, UNTIL_REPLACED } from './ui-run';

/** Resolves when the .docx dialog is shown; failures before that end in one alert, as ever. */
export function summaryFromMenu(): Promise<void> {
  let dialog: Promise<void> = Promise.resolve();
  fromMenu((ss, host) => {
    ss.toast(ru.gas.summary.running, ru.gas.title, UNTIL_REPLACED);
    const today = spreadsheetToday(ss);
    const result = runSync(host, openPlanSummaryFlow(today, rememberedPlan()));
    if (!result.ok || !result.data || !result.written) throw new UserFacingError(result.message);
    const sheet = ss.getSheetByName(result.written);
    if (!sheet) throw new UserFacingError(ru.gas.sheetMissing(result.written));
    const picture = sheet.getCharts()[0]?.getAs('image/png') ?? null;
    const name = ru.gas.summary.docName(ss.getName(), isoToRu(today));
    const doc = writeSpravkaDoc(name, result.data, picture);
    moveNextToBook(doc.id, ss.getId());
    sheet.getRange(1, 1).setNote(ru.gas.summary.docNote(doc.url));
    ss.toast(ru.gas.summary.done(result.message, name), ru.gas.title, SUMMARY_SECONDS);
    const png = picture ? unsigned(picture.getBytes()) : null;
    dialog = showSpravkaDialog(result.data, png, doc.url, ru.gas.summary.docxName(isoToRu(today))).catch(
      (error: unknown) => alert(failureText(error)),
    );
  });
  return dialog;
}
