/**
 * The «Импорт из Word…» dialog's work, apart from its page: the picked file's bytes are checked
 * here first (size, old Word, not a zip: no upload for a file that cannot be imported), then sent
 * to the server as base64, which unzips, imports and checks.
 */
import type { DocxImportOutcome } from '../../core/docx/docx-import-flow';
import { docxBytesProblem } from '../../core/docx/zip-sizes';
import { ru } from '../../core/messages/ru';
import { toBase64 } from '../../core/text/base64';
import { MAX_DOCX_UPLOAD_BYTES } from '../docx-import-server';
import type { PickedBook } from './vpr-dialog-run';

export interface DocxDialogDeps {
  /** `google.script.run.docxImport`. */
  send(base64: string, fileName: string): Promise<DocxImportOutcome>;
}

export async function runDocxDialog(file: PickedBook, deps: DocxDialogDeps): Promise<DocxImportOutcome> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_DOCX_UPLOAD_BYTES)
    return { ok: false, message: ru.docxImport.fileTooBig(file.name, MAX_DOCX_UPLOAD_BYTES / 1024 / 1024) };
  const problem = docxBytesProblem(bytes, file.name);
  if (problem !== null) return { ok: false, message: problem };
  return deps.send(toBase64(bytes), file.name);
}
