/** Opens an .xlsx file with ExcelJS, turning every way it can fail into one Russian line. */
import { readFile, stat } from 'node:fs/promises';
import type { Workbook } from 'exceljs';
import { ru } from '../core/messages/ru';
import { CliFailure } from './failure';
import { codeOf, reasonOf } from '../xlsx/reason';
import { loadXlsx } from '../xlsx/bytes';

/** The file's bytes; a missing file, a folder, a pipe or a read error becomes one Russian line. */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliFailure(ru.cli.notAFile(file));
    // A pipe or a device would block the read forever or never end: only plain files are books.
    if (!info.isFile()) throw new CliFailure(ru.cli.notRegularFile(file));
    return await readFile(file);
  } catch (err) {
    if (err instanceof CliFailure) throw err;
    const code = codeOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliFailure(ru.cli.fileNotFound(file));
    throw new CliFailure(ru.cli.unreadable(file, reasonOf(err)));
  }
}

/** Reads the file into a workbook; the file itself is never written. */
export async function openWorkbook(file: string): Promise<Workbook> {
  const loaded = await loadXlsx(await readBytes(file), file);
  if (!loaded.ok) throw new CliFailure(loaded.reason);
  return loaded.workbook;
}
