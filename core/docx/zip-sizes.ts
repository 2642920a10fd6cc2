/**
 * Whether the bytes may be unzipped as a Word plan: old .doc, .rtf and encrypted files are named,
 * and what the zip would inflate to is read from its central directory first (core/zip), so a zip
 * bomb is refused without unpacking it. Shared by every host.
 */
import { ru } from '../messages/ru';
import { readZipDirectory } from '../zip/zip-directory';

/** A Word plan, even of 10,000 rows, unpacks to a few dozen MB; anything past this is refused. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** OLE compound file: an old .doc, or a password-protected .docx (Office encrypts into OLE). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

const startsWith = (b: Uint8Array, magic: readonly number[]): boolean =>
  b.length >= magic.length && magic.every((x, i) => b[i] === x);

/** `EncryptedPackage`, the stream name of an encrypted Office file, as UTF-16LE. */
function hasEncryptedPackage(b: Uint8Array): boolean {
  const word = 'EncryptedPackage';
  const limit = Math.min(b.length, 4 * 1024 * 1024);
  outer: for (let i = 0; i + word.length * 2 <= limit; i++) {
    for (let j = 0; j < word.length; j++) {
      if (b[i + j * 2] !== word.charCodeAt(j) || b[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

export type DocxKind = 'docx-zip' | 'old-word' | 'encrypted' | 'not-docx';

/** What the bytes are, by their first bytes; nothing is inflated. */
export function docxKind(bytes: Uint8Array): DocxKind {
  if (startsWith(bytes, OLE)) return hasEncryptedPackage(bytes) ? 'encrypted' : 'old-word';
  if (startsWith(bytes, RTF)) return 'old-word';
  if (startsWith(bytes, ZIP)) return 'docx-zip';
  return 'not-docx';
}

/** The parts the reader needs. */
export const DOCX_PARTS = {
  document: 'word/document.xml',
  numbering: 'word/numbering.xml',
  styles: 'word/styles.xml',
} as const;

/** Checks the bytes before unzipping: a Russian message when they must not be unzipped, else null. */
export function docxBytesProblem(bytes: Uint8Array, label: string): string | null {
  const kind = docxKind(bytes);
  if (kind === 'old-word') return ru.docxImport.oldFormat(label);
  if (kind === 'encrypted') return ru.docxImport.encrypted(label);
  if (kind === 'not-docx') return ru.docxImport.notDocx(label);
  const parts = readZipDirectory(bytes);
  if (!parts || !parts.some((p) => p.name === DOCX_PARTS.document)) return ru.docxImport.notDocx(label);
  if (parts.reduce((total, p) => total + p.uncompressed, 0) > MAX_UNZIPPED_BYTES)
    return ru.docxImport.tooBig(label, MAX_UNZIPPED_BYTES / 1024 / 1024);
  return null;
}
