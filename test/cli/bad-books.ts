/** Input files `oko check` must refuse or survive, written into a temp folder. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { pastedTextToWorkbook } from '../../cli/paste';
import { ROOT } from './run-oko';

/** A deterministic byte soup that is neither a zip nor an OLE file. */
function noise(n: number): Buffer {
  const bytes = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    bytes[i] = x % 256;
  }
  bytes[0] = 0x00;
  return bytes;
}

/** The header of an OLE compound file: what Excel writes for a password-protected .xlsx. */
function cfbHeader(): Buffer {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  return bytes;
}

export interface BadBooks {
  readonly text: string;
  readonly noise: string;
  readonly encrypted: string;
  readonly emptyFile: string;
  readonly emptyBook: string;
  readonly titleOnly: string;
}

export async function writeBadBooks(dir: string): Promise<BadBooks> {
  const file = (name: string): string => join(dir, name);
  writeFileSync(file('text.xlsx'), 'Это текстовый файл, а не книга Excel.\n', 'utf8');
  writeFileSync(file('noise.xlsx'), noise(4096));
  writeFileSync(file('encrypted.xlsx'), cfbHeader());
  writeFileSync(file('empty-file.xlsx'), '');
  const empty = new Workbook();
  empty.addWorksheet('Лист1');
  await empty.xlsx.writeFile(file('empty-book.xlsx'));
  const title = new Workbook();
  const ws = title.addWorksheet('Лист1');
  ws.getCell('A1').value = 'План мероприятий на 2021-2022 учебный год';
  ws.getCell('A2').value = 'Утверждаю';
  await title.xlsx.writeFile(file('title-only.xlsx'));
  return {
    text: file('text.xlsx'),
    noise: file('noise.xlsx'),
    encrypted: file('encrypted.xlsx'),
    emptyFile: file('empty-file.xlsx'),
    emptyBook: file('empty-book.xlsx'),
    titleOnly: file('title-only.xlsx'),
  };
}

/** Sample plan 3 with merged rows, a broken-reference formula, an error value and a formula without result. */
export async function writeMergedRefBook(dir: string): Promise<string> {
  const text = readFileSync(join(ROOT, 'cli', 'samples', 'plan-3.txt'), 'utf8');
  const wb = pastedTextToWorkbook(text, 'План');
  const ws = wb.getWorksheet('План');
  if (!ws) throw new Error('no sheet');
  ws.mergeCells('A11:E11');
  ws.mergeCells('A14:E14');
  ws.getCell('C19').value = { formula: '#REF!', result: { error: '#REF!' } };
  ws.getCell('D20').value = { error: '#REF!' };
  ws.getCell('C21').value = { formula: 'Лист2!#REF!' };
  const out = join(dir, 'merged-ref.xlsx');
  await wb.xlsx.writeFile(out);
  return out;
}
