/**
 * Hostile inputs on the built CLI, table-driven: every file is generated here in a temp folder.
 * Each refused input exits 2 with one Russian line on stderr, no stack, and is left byte-identical.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOko, isRussianOneLiner, runOko } from '../cli/run-oko';
import { hostileCommands, OLE_BOOK, renamedDocx, renamedOds, sha } from './hostile-books';

let dir = '';

const INPUTS = ['empty', 'random', 'truncated', 'docx', 'ods', 'csv', 'ole', 'missing', 'folder'] as const;
type Input = (typeof INPUTS)[number];
const path = (input: Input): string => join(dir, input === 'folder' ? 'папка.xlsx' : `${input}.xlsx`);

beforeAll(async () => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-hostile-'));
  let seed = 12345;
  const random = Buffer.alloc(4096, 0).map(() => (seed = (seed * 1103515245 + 12345) % 2147483648) & 255);
  const docx = await renamedDocx();
  writeFileSync(path('empty'), '');
  writeFileSync(path('random'), random);
  writeFileSync(path('truncated'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(path('docx'), docx);
  writeFileSync(path('ods'), await renamedOds());
  writeFileSync(path('csv'), '№;Мероприятие;Срок\n1;Совещание;20.05.2025\n');
  writeFileSync(path('ole'), OLE_BOOK);
  mkdirSync(path('folder'));
}, 120000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COMMANDS = hostileCommands(() => join(dir, 'итог.xlsx'), '2025-05-20');

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
