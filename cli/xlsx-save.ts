/** Writes an ExcelJS workbook to a file, creating its folder; a failure becomes one Russian line. */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Workbook } from 'exceljs';
import { ru } from '../core/messages/ru';
import { CliFailure } from './failure';
import { reasonOf } from '../xlsx/reason';

/**
 * Creates the missing folders of `dir` one by one, top down. Not `mkdir({ recursive: true })`:
 * Node 20 spins forever when a file system answers ENOENT to it (e.g. below /proc).
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) await mkdir(d);
}

export async function saveWorkbook(wb: Workbook, file: string): Promise<void> {
  try {
    await ensureDir(dirname(file));
    // A temporary file beside the target, then a rename: a failed write never leaves half a book.
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await wb.xlsx.writeFile(tmp);
      await rename(tmp, file);
    } finally {
      await rm(tmp, { force: true });
    }
  } catch (err) {
    throw new CliFailure(ru.cli.writeFailed(file, reasonOf(err)));
  }
}
