/**
 * The bytes of an .xlsx → an ExcelJS workbook, or the Russian reason it is not one. Node-free:
 * the CLI reads files from disk with it, the Excel task pane the files a person picked.
 */
import { Workbook } from 'exceljs';
import { ru } from '../core/messages/ru';
import { reasonOf } from './reason';
import { BOOK_LIMITS, readZipDirectory, zipProblem, type ZipLimits } from '../core/zip/zip-directory';

/** OLE compound file: an encrypted (password-protected) .xlsx or an old .xls. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** Zip local file header: every .xlsx starts with it. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** ExcelJS types its input as an ArrayBuffer: a copy of exactly the file's bytes. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/** Where every .xlsx keeps its workbook (ExcelJS reads it from this path only). */
const WORKBOOK_PART = 'xl/workbook.xml';

export type XlsxLoad =
  { readonly ok: true; readonly workbook: Workbook } | { readonly ok: false; readonly reason: string };

const MB = 1024 * 1024;
const mb = (bytes: number): number => Math.ceil(bytes / MB);

/** Why the zip must not be inflated, in Russian; null when its directory is plausible. */
function zipRefusal(bytes: Uint8Array, label: string, limits: ZipLimits): string | null {
  const p = zipProblem(bytes, limits);
  if (p === null) return null;
  const m = ru.limits;
  switch (p.kind) {
    case 'broken':
      return ru.cli.notXlsx(label);
    case 'total':
      return m.zipTooBig(label, mb(p.bytes), mb(p.limit));
    case 'sheets':
      return m.sheetsTooBig(label, mb(p.bytes), mb(p.limit));
    case 'part':
      return m.zipPartTooBig(label, p.part, mb(p.bytes));
    case 'ratio':
      return m.zipRatio(label, p.part, p.ratio);
  }
}

/**
 * Loads the workbook; `label` is how the reason names the file (a path, or the name as sent).
 * The zip's directory is read first: a file that would unpack beyond `limits` is refused unopened.
 */
export async function loadXlsx(bytes: Uint8Array, label: string, limits: ZipLimits = BOOK_LIMITS): Promise<XlsxLoad> {
  if (startsWith(bytes, CFB_MAGIC)) return { ok: false, reason: ru.cli.encrypted(label) };
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, reason: ru.cli.notXlsx(label) };
  const refusal = zipRefusal(bytes, label, limits);
  if (refusal !== null) return { ok: false, reason: refusal };
  // A .docx or .ods renamed to .xlsx is a zip too, but without the workbook part ExcelJS reads.
  if (!(readZipDirectory(bytes) ?? []).some((p) => p.name === WORKBOOK_PART))
    return { ok: false, reason: ru.cli.notXlsx(label) };
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes));
  } catch (err) {
    const reason = reasonOf(err);
    if (/zip|central directory|corrupt/i.test(reason)) return { ok: false, reason: ru.cli.notXlsx(label) };
    return { ok: false, reason: ru.cli.unreadable(label, reason) };
  }
  return { ok: true, workbook };
}
