/**
 * The bytes of an .xlsx → an ExcelJS workbook, or the Russian reason it is not one. Node-free:
 * the CLI reads files from disk with it, the Excel task pane the files a person picked.
 */
import { Workbook } from 'exceljs';
import { ru } from '../core/messages/ru';
import { reasonOf } from './reason';

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

export type XlsxLoad =
  { readonly ok: true; readonly workbook: Workbook } | { readonly ok: false; readonly reason: string };

/** Loads the workbook; `label` is how the reason names the file (a path, or the name as sent). */
export async function loadXlsx(bytes: Uint8Array, label: string): Promise<XlsxLoad> {
  if (startsWith(bytes, CFB_MAGIC)) return { ok: false, reason: ru.cli.encrypted(label) };
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, reason: ru.cli.notXlsx(label) };
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
