/**
 * Hostile .xlsx books generated on the fly (no committed binaries): a small valid plan, then the
 * same plan with its XML tampered (entity expansion, an absurd dimension), grown to 200,000 rows,
 * salted with control and zero-width characters, or holding formula errors as cached results.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { Workbook, type CellValue as ExcelValue } from 'exceljs';

/** A file's content hash, to show it is byte-identical after a run. */
export const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

export async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Files that are not an .xlsx but may be named as one: a Word document, a Calc one, an encrypted (OLE) book. */
export const renamedDocx = (): Promise<Buffer> =>
  zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
export const renamedOds = (): Promise<Buffer> =>
  zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
/** Excel's password-protected books are OLE compound files: this header and then anything. */
export const OLE_BOOK = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048)]);

/**
 * The commands every hostile book is given, by name; `out()` names the copy of the one that
 * writes (asked when the command runs: the temp folder is made after the tables are).
 */
export function hostileCommands(out: () => string, today: string): readonly [string, (file: string) => string[]][] {
  return [
    ['check', (f) => ['check', f]],
    ['check --json', (f) => ['check', f, '--json']],
    ['status', (f) => ['status', f, '--today', today]],
    ['summary', (f) => ['summary', f, '--today', today]],
    ['clear', (f) => ['clear', f, '--out', out()]],
  ];
}

export const PLAN_HEADER = ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственные', 'Результат'];

/** A plan a careful official would write: no error-severity issue at all. */
export const CLEAN_ROWS: readonly (readonly string[])[] = [
  ['1', 'Совещание с руководителями ОО по объективности ВПР', 'Сентябрь 2025', 'Иванова И. И.', 'Протокол'],
  ['2', 'Мониторинг сайтов ОО', 'Октябрь 2025', 'Петров П. П.', 'Аналитическая справка'],
  ['3', 'Общественное наблюдение на ВПР', 'Апрель 2026', 'Сидорова С. С.', 'Акты наблюдения'],
];

const TITLE =
  'План мероприятий по обеспечению объективности процедур оценки качества образования на 2025-2026 учебный год';

/** A one-sheet plan book: title in row 1, header in row 3, `rows` from row 4. */
export function planWorkbook(rows: readonly (readonly ExcelValue[])[]): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('План');
  ws.getCell(1, 1).value = TITLE;
  PLAN_HEADER.forEach((h, j) => (ws.getCell(3, j + 1).value = h));
  rows.forEach((row, i) => row.forEach((v, j) => (ws.getCell(4 + i, j + 1).value = v)));
  return wb;
}

export async function writePlan(file: string, rows: readonly (readonly ExcelValue[])[]): Promise<void> {
  await planWorkbook(rows).xlsx.writeFile(file);
}

/** Rewrites one part of an .xlsx written by ExcelJS. */
export async function tamper(src: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(src);
  const entry = zip.file(part);
  if (!entry) throw new Error(`no ${part} in the book`);
  zip.file(part, edit(await entry.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The classic billion laughs: ten levels of ten references, ~3 GB once expanded. */
export const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k === 0 ? '' : k};`.repeat(10)}">`).join('') +
  ']>';

/** Puts the DOCTYPE after the XML declaration and uses its biggest entity inside the first text. */
export function withEntityBomb(xml: string): string {
  const decl = /^<\?xml[^>]*\?>/.exec(xml)?.[0] ?? '';
  return decl + BILLION_LAUGHS + xml.slice(decl.length).replace(/<t([^>]*)>/, '<t$1>&lol9;');
}

/** A plan whose first sheet claims the whole grid and holds a cell in its very last corner. */
export function withWholeGrid(xml: string): string {
  return xml
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
    .replace(
      '</sheetData>',
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>угол</t></is></c></row></sheetData>',
    );
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plan of `n` rows written as raw sheet XML (inline strings): what ExcelJS would take minutes to write. */
export async function writeHugePlan(file: string, n: number): Promise<void> {
  const base = await planWorkbook([]).xlsx.writeBuffer();
  const cell = (r: number, c: string, v: string): string =>
    `<c r="${c}${r}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  const rows: string[] = [`<row r="1">${cell(1, 'A', TITLE)}</row>`];
  rows.push(`<row r="3">${PLAN_HEADER.map((h, j) => cell(3, 'ABCDE'[j] ?? 'A', h)).join('')}</row>`);
  for (let k = 1; k <= n; k++) {
    const r = k + 3;
    rows.push(
      `<row r="${r}">${cell(r, 'A', String(k))}${cell(r, 'B', `Мероприятие ${k}`)}${cell(r, 'C', 'Октябрь 2025')}` +
        `${cell(r, 'D', 'Иванова И. И.')}${cell(r, 'E', 'Протокол')}</row>`,
    );
  }
  const bytes = await tamper(Buffer.from(base), 'xl/worksheets/sheet1.xml', (xml) =>
    xml
      .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:E${n + 3}"/>`)
      .replace(/<sheetData\s*\/>|<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join('')}</sheetData>`),
  );
  writeFileSync(file, bytes);
}
