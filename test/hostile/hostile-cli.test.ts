/**
 * Hostile inputs on the built CLI, table-driven: every file is generated here in a temp folder.
 * Each refused input exits 2 with one Russian line on stderr, no stack, and is left byte-identical.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildOko, isRussianOneLiner, runOko } from '../cli/run-oko';

let dir = '';
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const INPUTS = ['empty', 'random', 'truncated', 'docx', 'ods', 'csv', 'ole', 'missing', 'folder'] as const;
type Input = (typeof INPUTS)[number];
const path = (input: Input): string => join(dir, input === 'folder' ? 'папка.xlsx' : `${input}.xlsx`);

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-hostile-'));
  let seed = 12345;
  const random = Buffer.alloc(4096, 0).map(() => (seed = (seed * 1103515245 + 12345) % 2147483648) & 255);
  const docx = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
  writeFileSync(path('empty'), '');
  writeFileSync(path('random'), random);
  writeFileSync(path('truncated'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(path('docx'), docx);
  writeFileSync(
    path('ods'),
    await zipOf({
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': '<office:document-content/>',
    }),
  );
  writeFileSync(path('csv'), '№;Мероприятие;Срок\n1;Совещание;20.05.2025\n');
  writeFileSync(path('ole'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048)]));
  mkdirSync(path('folder'));
}, 120000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COMMANDS: readonly [string, (file: string) => string[]][] = [
  ['check', (f) => ['check', f]],
  ['check --json', (f) => ['check', f, '--json']],
  ['status', (f) => ['status', f, '--today', '2025-05-20']],
  ['summary', (f) => ['summary', f, '--today', '2025-05-20']],
  ['clear', (f) => ['clear', f, '--out', join(dir, 'итог.xlsx')]],
];

const CASES = COMMANDS.flatMap(([name, args]) => INPUTS.map((input) => [name, input, args] as const));

test.each(CASES)('%s on %s: exit 2, one Russian line, the input untouched', (_name, input, args) => {
  const file = path(input);
  const before = input === 'folder' || input === 'missing' ? null : sha(file);
  const r = runOko(args(file));
  expect(r.code).toBe(2);
  expect(isRussianOneLiner(r.stderr)).toBe(true);
  expect(r.stderr).not.toMatch(/Error:/);
  if (before !== null) expect(sha(file)).toBe(before);
  if (input === 'missing') expect(existsSync(file)).toBe(false);
});
