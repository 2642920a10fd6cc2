/**
 * What every host's «Импорт из Word» is compared with: `oko import`'s sheet (the core flow on the
 * .xlsx host) and its check; and the bad inputs each host must refuse with one Russian line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { runSync } from '../../core/commands/flow';
import { docxImportFlow } from '../../core/docx/docx-import-flow';
import { ru } from '../../core/messages/ru';
import { planDocx } from '../../cli/plan-docx';
import { XlsxHost } from '../../xlsx/host';
import { readDocx } from '../../xlsx/docx-read';
import { SEED_DIR } from './seeds';

/** A seed plan as the Word document `cli/plan-docx.ts` makes of it. */
export const seedDocx = (file: string): Promise<Uint8Array> => planDocx(readFileSync(join(SEED_DIR, file), 'utf8'));

/** What `oko import` writes, and the check of it: the same core flow on the .xlsx host. */
export async function importReference(bytes: Uint8Array, name: string) {
  const host = new XlsxHost(new Workbook());
  const outcome = runSync(host, docxImportFlow(await readDocx(bytes, name)));
  if (!outcome.ok) throw new Error(outcome.message);
  const grid = host.readGrid(outcome.sheet);
  const width = Math.max(...grid.values.map((r) => r.length));
  /** The sheet's text, '' for an empty cell, every row `width` wide. */
  const cells = grid.values.map((r) => Array.from({ length: width }, (_, i) => cellText(r[i])));
  return { outcome, grid, width, cells };
}

export const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export const mergeKey = (m: { row: number; col: number; rows: number; cols: number }): string =>
  `${m.row}:${m.col}:${m.rows}:${m.cols}`;

async function noTableDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Приказ</w:t></w:r></w:p></w:body></w:document>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Bad input, its bytes and the one line every host answers with. */
export const BAD_DOCX: readonly [string, () => Promise<Uint8Array>, (name: string) => string][] = [
  ['not a zip', () => Promise.resolve(new TextEncoder().encode('просто текст')), ru.docxImport.notDocx],
  [
    'an old .doc',
    () => Promise.resolve(Uint8Array.from([...OLE, ...new Array<number>(600).fill(0)])),
    ru.docxImport.oldFormat,
  ],
  ['a .docx without a table', noTableDocx, ru.docxImport.noTable],
];
