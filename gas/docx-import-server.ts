/** What the «Импорт из Word…» dialog may call through `google.script.run`: plain-JSON signatures. */
import type { DocxImportOutcome } from '../core/docx/docx-import-flow';

/**
 * The largest .docx the dialog sends: `google.script.run` carries it as base64 text, and a plan,
 * even of 10,000 rows, is a few MB.
 */
export const MAX_DOCX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface DocxImportServer {
  /** The picked file as base64 (google.script.run passes no binary) and its name, for messages. */
  docxImport(base64: string, fileName: string): DocxImportOutcome;
}
