/**
 * The files `oko vpr` was given: folders are searched for .xlsx (Excel's «~$» lock files and
 * hidden files skipped), each file read into grids by the small reader of core/xlsx-lite (values
 * only; ExcelJS takes three times as long on 16,000 pupils). A file that cannot be read is one
 * Russian line; the others are still analysed.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ru } from '../core/messages/ru';
import type { VprSource } from '../core/vpr/read-sources';
import { inflateRawSync } from 'node:zlib';
import { readBookGrids, ZipError, type ZipEnv } from '../core/xlsx-lite/read-book';
import { reasonOf } from '../xlsx/reason';
import { CliFailure } from './failure';
import { readBytes } from './xlsx-open';

const isBookName = (name: string): boolean =>
  extname(name).toLowerCase() === '.xlsx' && !name.startsWith('~$') && !name.startsWith('.');

async function listBooks(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...(await listBooks(path)));
    else if (entry.isFile() && isBookName(entry.name)) out.push(path);
  }
  return out;
}

/** The .xlsx files named or found in the folders named, and a line for each input that gave none. */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; messages: string[] }> {
  const files: string[] = [];
  const messages: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null) messages.push(ru.cli.fileNotFound(input));
    else if (!info.isDirectory()) files.push(input);
    else {
      const found = await listBooks(input);
      if (found.length === 0) messages.push(ru.vpr.cli.noFiles(input));
      files.push(...found);
    }
  }
  return { files: [...new Set(files)], messages };
}

const nodeZip: ZipEnv = {
  inflate: (data) => Promise.resolve(inflateRawSync(data)),
  decode: (data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'),
};

/** OLE compound file: an encrypted .xlsx or an old .xls. */
const isCfb = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export type Loaded =
  { readonly ok: true; readonly source: VprSource } | { readonly ok: false; readonly message: string };

/** One file → its sheets as grids, named as the official knows it (the file's own name). */
export async function loadSource(file: string): Promise<Loaded> {
  try {
    const bytes = await readBytes(file);
    if (isCfb(bytes)) return { ok: false, message: ru.cli.encrypted(file) };
    return { ok: true, source: { name: basename(file), grids: await readBookGrids(bytes, nodeZip) } };
  } catch (err) {
    if (err instanceof CliFailure) return { ok: false, message: err.message };
    if (err instanceof ZipError)
      return { ok: false, message: err.problem === 'too-large' ? ru.vpr.read.tooLarge(file) : ru.cli.notXlsx(file) };
    return { ok: false, message: ru.cli.unreadable(file, reasonOf(err)) };
  }
}
