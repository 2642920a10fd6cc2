/**
 * «ОКО-план → Импорт из Word…»: a dialog sends the picked .docx as base64; here its bytes are
 * checked (core/docx/zip-sizes) before Utilities.unzip inflates anything, the three parts read as
 * text, and core's import flow writes the new sheet and checks it. Thin: every decision is core's.
 */
import { runSync } from '../core/commands/flow';
import { importDocx, type DocxImport } from '../core/docx/docx-import';
import type { DocxImportOutcome } from '../core/docx/docx-import-flow';
import { docxImportFlow } from '../core/docx/docx-import-flow';
import { DOCX_PARTS, docxBytesProblem } from '../core/docx/zip-sizes';
import { ru } from '../core/messages/ru';
import { unsigned } from './docx-dialog';
import { MAX_DOCX_UPLOAD_BYTES } from './docx-import-server';
import { failureReason } from './failure';
import { DOCX_DIALOG_FILE } from './menu';
import { rememberPlan } from './plan-memory';
import { fromMenu, fromPanel } from './ui-run';

type Blob = GoogleAppsScript.Base.Blob;

export function docxDialogFromMenu(): void {
  fromMenu(() => {
    const page = HtmlService.createHtmlOutputFromFile(DOCX_DIALOG_FILE).setWidth(480).setHeight(300);
    SpreadsheetApp.getUi().showModalDialog(page, ru.docxImport.dialogTitle);
  });
}

/** Base64 text → Apps Script's (signed) bytes; null when it is not base64 at all. */
function decoded(base64: string): number[] | null {
  if (base64.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return null;
  try {
    return Utilities.base64Decode(base64);
  } catch {
    return null;
  }
}

/** The checked bytes unzipped by Apps Script, the three parts read as UTF-8, then core's reader. */
function readDocx(raw: number[], label: string): DocxImport {
  const problem = docxBytesProblem(unsigned(raw), label);
  if (problem !== null) return { ok: false, message: problem };
  let parts: Blob[];
  try {
    parts = Utilities.unzip(Utilities.newBlob(raw, 'application/zip', label));
  } catch {
    return { ok: false, message: ru.docxImport.notDocx(label) };
  }
  const text = (name: string): string | null =>
    parts.find((b) => b.getName() === name)?.getDataAsString('UTF-8') ?? null;
  try {
    const document = text(DOCX_PARTS.document);
    if (document === null) return { ok: false, message: ru.docxImport.notDocx(label) };
    return importDocx({ document, numbering: text(DOCX_PARTS.numbering), styles: text(DOCX_PARTS.styles) }, label);
  } catch (error) {
    return { ok: false, message: ru.docxImport.broken(label, failureReason(error)) };
  }
}

export function docxImport(base64: string, fileName: string): DocxImportOutcome {
  return fromPanel((host) => {
    const label = typeof fileName === 'string' && fileName.trim() ? fileName.trim() : ru.docxImport.unnamed;
    const text = typeof base64 === 'string' ? base64 : '';
    // Base64 takes four characters for three bytes.
    if (text.length > (MAX_DOCX_UPLOAD_BYTES / 3) * 4 + 4)
      return { ok: false, message: ru.docxImport.fileTooBig(label, MAX_DOCX_UPLOAD_BYTES / 1024 / 1024) };
    const raw = decoded(text);
    if (raw === null) return { ok: false, message: ru.docxImport.badUpload };
    const outcome = runSync(host, docxImportFlow(readDocx(raw, label)));
    if (outcome.ok && outcome.report.ok) rememberPlan(outcome.sheet);
    return outcome;
  });
}
