/**
 * The .docx of the справка as a download: `export/spravka-docx.ts` runs in Apps Script V8 (pure
 * JS, only microtasks, TextEncoder polyfilled), and a small dialog offers the bytes as a data-URL
 * link next to the Google Doc's link.
 */
import type { SummaryData } from '../core/summary/summary-types';
import { ru } from '../core/messages/ru';
import { spravkaDocx } from '../export/spravka-docx';
import { failureReason } from './failure';
import { ensureTextEncoder } from './text-encoder';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const html = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Apps Script's bytes are Java's: signed. */
export const unsigned = (bytes: readonly number[]): Uint8Array => Uint8Array.from(bytes, (b) => b & 255);
const signed = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

async function downloadLink(data: SummaryData, png: Uint8Array | null, fileName: string): Promise<string> {
  try {
    ensureTextEncoder();
    const bytes = await spravkaDocx(data, png);
    const href = `data:${DOCX_MIME};base64,${Utilities.base64Encode(signed(bytes))}`;
    return `<p><a download="${html(fileName)}" href="${href}">${html(ru.gas.summary.download)}</a></p>`;
  } catch (error) {
    return `<p>${html(ru.gas.summary.noDocx(failureReason(error)))}</p>`;
  }
}

/** The dialog with both links; resolves once it is shown. */
export async function showSpravkaDialog(
  data: SummaryData,
  png: Uint8Array | null,
  docUrl: string,
  fileName: string,
): Promise<void> {
  const link = await downloadLink(data, png, fileName);
  const body = [
    '<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.6">',
    `<p><a href="${html(docUrl)}" target="_blank" rel="noopener">${html(ru.gas.summary.openDoc)}</a></p>`,
    link,
    '</div>',
  ].join('');
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(body).setWidth(420).setHeight(150),
    ru.gas.summary.dialogTitle,
  );
}
