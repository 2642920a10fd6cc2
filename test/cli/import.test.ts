/**
 * `oko import`, run as a user runs it: every seed as a Word document → sheet → `oko check --json`
 * equals the check of the same plan typed cell by cell; bad input is one Russian line, nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { CheckJson } from '../../core/check/check-json';
import { planDocx } from '../../cli/plan-docx';
import { openWorkbook } from '../../cli/xlsx-open';
import { workbookToGrids } from '../../xlsx/read';
import { comparable, expectedFromTyped } from '../helpers/docx-compare';
import { SEED_DIR, seedFiles } from '../helpers/seeds';
import { seedXlsx } from '../helpers/seed-xlsx';
import { buildOko, isRussianOneLiner, runOko } from './run-oko';

let dir = '';
beforeAll(() => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-import-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const checkJson = (file: string): CheckJson => {
  const r = runOko(['check', file, '--json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as CheckJson;
};

describe.each(seedFiles())('seed %s', (file) => {
  test('oko import → oko check --json equals the typed plan’s check', async () => {
    const docx = join(dir, `${file}.docx`);
    const xlsx = join(dir, `${file}.xlsx`);
    writeFileSync(docx, await planDocx(readFileSync(join(SEED_DIR, file), 'utf8')));
    const r = runOko(['import', docx, '--out', xlsx]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const imported = checkJson(xlsx);
    const typed = checkJson(await seedXlsx(file, dir));
    const grid = workbookToGrids(await openWorkbook(xlsx))[0];
    const { shift, want } = expectedFromTyped(typed, imported, grid?.merges ?? []);
    expect(comparable(imported, shift)).toEqual(want);
  });
});

test('--check writes the marked copy beside and exits like oko check', async () => {
  const docx = join(dir, 'plan.docx');
  writeFileSync(docx, await planDocx(readFileSync(join(SEED_DIR, seedFiles()[3] ?? ''), 'utf8')));
  const out = join(dir, 'План.xlsx');
  const r = runOko(['import', docx, '--out', out, '--check']);
  expect([0, 1]).toContain(r.code);
  expect(r.stdout).toMatch(/Пунктов плана: \d+/);
  const marked = join(dir, 'План.проверка.xlsx');
  const wb = await openWorkbook(marked);
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['План из Word', 'Замечания']));
  const plan = await openWorkbook(out);
  expect(plan.getWorksheet('План из Word')?.hasMerges).toBe(true);
});

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('bad input: one Russian line, exit 2, nothing written', () => {
  const ole = (extra: string): Buffer =>
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
      Buffer.from(extra, 'utf16le'),
    ]);
  const cases: [string, string, () => Promise<Uint8Array | Buffer>, RegExp][] = [
    ['an old .doc', 'старый.doc', async () => ole('WordDocument'), /сохраните как \.docx/],
    ['an .rtf', 'план.rtf', async () => Buffer.from('{\\rtf1\\ansi План}'), /сохраните как \.docx/],
    ['a password-protected .docx', 'пароль.docx', async () => ole('EncryptedPackage'), /защищён паролем/],
    ['a text file', 'план.docx', async () => Buffer.from('просто текст'), /не документ Word/],
    ['an .xlsx renamed', 'книга.docx', () => zipOf({ 'xl/workbook.xml': '<workbook/>' }), /не документ Word/],
    [
      'a .docx with no table',
      'приказ.docx',
      () =>
        zipOf({
          'word/document.xml':
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Приказ</w:t></w:r></w:p></w:body></w:document>',
        }),
      /нет ни одной таблицы/,
    ],
    [
      'a zip bomb',
      'бомба.docx',
      async () => {
        // 1 MB of zeros declared as 300 MB in the central directory: the size is read before inflating.
        const bytes = await zipOf({ 'word/document.xml': '<w:document/>', 'word/bomb.xml': '\0'.repeat(1 << 20) });
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (let i = bytes.length - 22; i >= 0; i--) {
          if (view.getUint32(i, true) !== 0x02014b50) continue;
          if (view.getUint32(i + 24, true) === 1 << 20) view.setUint32(i + 24, 300 * 1024 * 1024, true);
        }
        return bytes;
      },
      /больше 200 МБ/,
    ],
  ];
  test.each(cases)('%s', async (_, name, make, message) => {
    const input = join(dir, name);
    writeFileSync(input, await make());
    const out = join(dir, `${name}.xlsx`);
    const r = runOko(['import', input, '--out', out]);
    expect(r.code).toBe(2);
    expect(isRussianOneLiner(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

test('a 10,000-row table imports in seconds', async () => {
  const rows = ['№\tМероприятие\tСроки\tОтветственные'];
  for (let i = 1; i <= 10_000; i++) rows.push(`${i}.\tМероприятие номер ${i}\tМай 2022\t${i % 3 === 0 ? 'ЦРО' : 'УО'}`);
  const docx = join(dir, 'big.docx');
  writeFileSync(docx, await planDocx(`План мероприятий на 2021-2022 учебный год\n\n${rows.join('\n')}`));
  const out = join(dir, 'big.xlsx');
  const started = Date.now();
  const r = runOko(['import', docx, '--out', out]);
  const ms = Date.now() - started;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(ms).toBeLessThan(30_000);
  process.stdout.write(`import of 10,000 rows: ${ms} ms\n`);
});
