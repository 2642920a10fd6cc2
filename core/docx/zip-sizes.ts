/**
 * What a zip would inflate to, read from its central directory before anything is inflated:
 * a zip bomb (a few KB that unpack to gigabytes) is refused without unpacking it. Pure byte
 * reading, shared by every host (the CLI and the task pane with jszip, Apps Script with Utilities.unzip).
 */
import { ru } from '../messages/ru';

/** A Word plan, even of 10,000 rows, unpacks to a few dozen MB; anything past this is refused. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export type ZipSizes =
  | { readonly ok: true; readonly total: number; readonly names: string[] }
  | { readonly ok: false; readonly zip64OrBroken: true };

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;

/** The declared unpacked size of every entry, and their names (as bytes → Latin-1/UTF-8 best effort). */
export function zipSizes(bytes: Uint8Array): ZipSizes {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, zip64OrBroken: true };
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return { ok: false, zip64OrBroken: true };
  let total = 0;
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    if (u32(bytes, at) !== CENTRAL) return { ok: false, zip64OrBroken: true };
    const size = u32(bytes, at + 24);
    if (size === 0xffffffff) return { ok: false, zip64OrBroken: true };
    total += size;
    const nameLen = u16(bytes, at + 28);
    let name = '';
    for (let j = 0; j < nameLen; j++) name += String.fromCharCode(bytes[at + 46 + j] ?? 0);
    names.push(name);
    at += 46 + nameLen + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { ok: true, total, names };
}

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
  const sizes = zipSizes(bytes);
  if (!sizes.ok || !sizes.names.includes(DOCX_PARTS.document)) return ru.docxImport.notDocx(label);
  if (sizes.total > MAX_UNZIPPED_BYTES) return ru.docxImport.tooBig(label, MAX_UNZIPPED_BYTES / 1024 / 1024);
  return null;
}
