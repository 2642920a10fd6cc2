/**
 * The bytes of a .docx → the imported plan, or one Russian reason. Node-free: the CLI reads the
 * file from disk, the Excel task pane the file a person picked. Sizes are checked in the zip's
 * central directory before anything is inflated.
 */
import JSZip from 'jszip';
import { importDocx, type DocxImport } from '../core/docx/docx-import';
import { DOCX_PARTS, docxBytesProblem } from '../core/docx/zip-sizes';
import { ru } from '../core/messages/ru';
import { reasonOf } from './reason';

export async function readDocx(bytes: Uint8Array, label: string): Promise<DocxImport> {
  const problem = docxBytesProblem(bytes, label);
  if (problem !== null) return { ok: false, message: problem };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, message: ru.docxImport.notDocx(label) };
  }
  const text = async (name: string): Promise<string | null> => {
    const file = zip.file(name);
    return file ? file.async('string') : null;
  };
  try {
    const document = await text(DOCX_PARTS.document);
    if (document === null) return { ok: false, message: ru.docxImport.notDocx(label) };
    return importDocx(
      { document, numbering: await text(DOCX_PARTS.numbering), styles: await text(DOCX_PARTS.styles) },
      label,
    );
  } catch (err) {
    return { ok: false, message: ru.docxImport.broken(label, reasonOf(err)) };
  }
}
