/** Opens an .xlsx file with ExcelJS, turning every way it can fail into one Russian line. */
import { readFile, stat } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { ru } from '../core/messages/ru';
import { CliFailure, codeOf, reasonOf } from './failure';

/** OLE compound file: an encrypted (password-protected) .xlsx or an old .xls. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** Zip local file header: every .xlsx starts with it. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliFailure(ru.cli.notAFile(file));
    return await readFile(file);
  } catch (err) {
    if (err instanceof CliFailure) throw err;
    const code = codeOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliFailure(ru.cli.fileNotFound(file));
    throw new CliFailure(ru.cli.unreadable(file, reasonOf(err)));
  }
}

/** ExcelJS types its input as an ArrayBuffer: a copy of exactly the file's bytes. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/** Reads the file into a workbook; the file itself is never written. */
export async function openWorkbook(file: string): Promise<Workbook> {
  const bytes = await readBytes(file);
  if (startsWith(bytes, CFB_MAGIC)) throw new CliFailure(ru.cli.encrypted(file));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new CliFailure(ru.cli.notXlsx(file));
  const wb = new Workbook();
  try {
    await wb.xlsx.load(toArrayBuffer(bytes));
  } catch (err) {
    const reason = reasonOf(err);
    if (/zip|central directory|corrupt/i.test(reason)) throw new CliFailure(ru.cli.notXlsx(file));
    throw new CliFailure(ru.cli.unreadable(file, reason));
  }
  return wb;
}
