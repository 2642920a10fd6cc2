/** Writes an ExcelJS workbook to a file atomically (see atomic-write.ts); a failure becomes one Russian line. */
import type { Workbook } from 'exceljs';
import { ru } from '../core/messages/ru';
import { reasonOf } from '../xlsx/reason';
import { escapeWorkbookText } from '../xlsx/text-escape';
import { writeFileAtomic, type WriteResult } from './atomic-write';
import { CliFailure } from './failure';

/**
 * The workbook is serialised in memory first, so nothing touches the disk until its bytes are
 * complete. `inputs`: the files this run read; writing onto one of them keeps `*.bak.xlsx`.
 */
export async function saveWorkbook(wb: Workbook, file: string, inputs: readonly string[] = []): Promise<WriteResult> {
  let bytes: Uint8Array;
  try {
    const restore = escapeWorkbookText(wb);
    let out: unknown;
    try {
      // ExcelJS types it as its own Buffer; in Node it is a real one, a Uint8Array: no copy.
      out = await wb.xlsx.writeBuffer();
    } finally {
      restore();
    }
    bytes = out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  } catch (err) {
    throw new CliFailure(ru.cli.writeFailed(file, reasonOf(err)));
  }
  return writeFileAtomic(file, bytes, inputs);
}
