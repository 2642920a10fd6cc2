/**
 * Every CLI write is atomic: a crash at any moment (SIGKILL, `ulimit -f`) leaves the target
 * byte-identical or a complete new version; writing onto the input keeps `*.bak.xlsx`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { Workbook } from 'exceljs';
import { backupPath, writeFileAtomic } from '../../cli/atomic-write';
import { CliFailure } from '../../cli/failure';
import { buildOko, isRussianOneLiner, OKO, ROOT, runOko } from './run-oko';

let dir = '';
let demo = '';

beforeAll(() => {
  buildOko();
  dir = mkdtempSync(join(tmpdir(), 'oko-atomic-'));
  demo = join(dir, 'demo');
  const r = runOko(['demo', '--out', demo]);
  if (r.code !== 0) throw new Error(r.stderr);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A fresh copy of the demo book and the school folder. */
function scene(name: string): { book: string; schools: string; home: string } {
  const home = join(dir, name);
  mkdirSync(home);
  copyFileSync(join(demo, 'book.xlsx'), join(home, 'book.xlsx'));
  cpSync(join(demo, 'schools'), join(home, 'schools'), { recursive: true });
  return { book: join(home, 'book.xlsx'), schools: join(home, 'schools'), home };
}

/** Whether the file is a whole workbook that holds the collected summary. */
async function isCompleteBook(file: string): Promise<boolean> {
  const wb = new Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    return false;
  }
  return wb.getWorksheet('Свод чек-листов') !== undefined && wb.getWorksheet('Школы') !== undefined;
}

const leftovers = (folder: string): string[] => readdirSync(folder).filter((n) => n.endsWith('.oko-tmp'));

describe('writeFileAtomic', () => {
  test('writes a new file, no backup, no temporary left', async () => {
    const target = join(dir, 'unit', 'new.xlsx');
    const r = await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect(r.backup).toBeNull();
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(leftovers(join(dir, 'unit'))).toEqual([]);
  });

  test('writing onto an input keeps the previous version as *.bak.xlsx', async () => {
    const target = join(dir, 'unit', 'Книга.xlsx');
    writeFileSync(target, 'old');
    const r = await writeFileAtomic(target, new Uint8Array([7]), [target]);
    expect(r.backup).toBe(join(dir, 'unit', 'Книга.bak.xlsx'));
    expect(readFileSync(join(dir, 'unit', 'Книга.bak.xlsx'), 'utf8')).toBe('old');
    expect([...readFileSync(target)]).toEqual([7]);
  });

  test('the input by another name (`../`, a symlink) counts; the symlink stays a link', async () => {
    const real = join(dir, 'unit', 'real.xlsx');
    const link = join(dir, 'unit', 'link.xlsx');
    writeFileSync(real, 'v1');
    symlinkSync(real, link);
    const viaDots = join(dir, 'unit', '..', 'unit', 'real.xlsx');
    const r1 = await writeFileAtomic(viaDots, new Uint8Array([2]), [real]);
    expect(r1.backup).toBe(backupPath(real));
    const r2 = await writeFileAtomic(link, new Uint8Array([3]), [real]);
    expect(r2.backup).toBe(backupPath(real));
    expect([...readFileSync(real)]).toEqual([3]);
    expect([...readFileSync(backupPath(real))]).toEqual([2]);
    expect(readFileSync(link)).toEqual(readFileSync(real));
  });

  test('a folder that cannot be created → one Russian line, nothing written', async () => {
    const blocker = join(dir, 'unit', 'file-not-dir');
    writeFileSync(blocker, 'x');
    await expect(writeFileAtomic(join(blocker, 'out.xlsx'), new Uint8Array([1]))).rejects.toThrow(CliFailure);
    await expect(writeFileAtomic(join(blocker, 'out.xlsx'), new Uint8Array([1]))).rejects.toThrow(
      /Не удалось записать/,
    );
  });
});

describe('a crash mid-write leaves the book whole', () => {
  test.each([
    ['collect', (s: ReturnType<typeof scene>) => ['checklists', 'collect', s.book, s.schools, '--out', s.book]],
    ['summary', (s: ReturnType<typeof scene>) => ['summary', s.book, '--today', '2025-03-01', '--out', s.book]],
  ])('%s … --out book.xlsx under `ulimit -f 30` → exit 2, one Russian line, book byte-identical', (name, args) => {
    const s = scene(`ulimit-${name}`);
    const before = sha(s.book);
    expect(readFileSync(s.book).length).toBeGreaterThan(30 * 1024);
    const quoted = [OKO, ...args(s)].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('bash', ['-c', `ulimit -f 30; exec '${process.execPath}' ${quoted}`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(isRussianOneLiner(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/Не удалось записать/);
    expect(sha(s.book)).toBe(before);
    expect(leftovers(s.home)).toEqual([]);
  });

  test('collect … --out book.xlsx killed (SIGKILL) at many moments: the book is the old one or a complete new one', async () => {
    const s = scene('kill-collect');
    const before = sha(s.book);
    const t0 = Date.now();
    const full = runOko(['checklists', 'collect', s.book, s.schools, '--out', join(s.home, 'probe.xlsx')]);
    expect(full.code).toBe(0);
    const span = Date.now() - t0;
    let replaced = 0;
    let kept = 0;
    for (let k = 0; k <= 10; k++) {
      copyFileSync(join(demo, 'book.xlsx'), s.book);
      const child = spawn(process.execPath, [OKO, 'checklists', 'collect', s.book, s.schools, '--out', s.book]);
      await new Promise<void>((done) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), Math.round((span * k) / 10));
        child.on('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
      if (sha(s.book) === before) kept++;
      else {
        expect(await isCompleteBook(s.book)).toBe(true);
        replaced++;
      }
    }
    expect(kept + replaced).toBe(11);
    expect(kept).toBeGreaterThan(0);
  });

  test('the helper killed while the temporary file is being written: target byte-identical', async () => {
    const child = join(dir, 'atomic-child.cjs');
    buildSync({
      stdin: {
        contents: [
          `import { writeFileAtomic } from './cli/atomic-write';`,
          `const [target] = process.argv.slice(2);`,
          `void writeFileAtomic(target, new Uint8Array(400 * 1024 * 1024).fill(65), [target]);`,
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      outfile: child,
      logLevel: 'silent',
    });
    const home = join(dir, 'kill-helper');
    mkdirSync(home);
    const target = join(home, 'Книга.xlsx');
    writeFileSync(target, 'the original book');
    const before = sha(target);
    const proc = spawn(process.execPath, [child, target]);
    // Kill as soon as the temporary file appears, i.e. in the middle of writing it.
    let sawTemp = false;
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (leftovers(home).length > 0 && !sawTemp) {
          sawTemp = true;
          proc.kill('SIGKILL');
        }
      }, 1);
      proc.on('exit', () => {
        clearInterval(poll);
        done();
      });
    });
    expect(sawTemp).toBe(true);
    expect(sha(target)).toBe(before);
    expect(existsSync(target)).toBe(true);
  });
});

describe('every command writes through the helper', () => {
  test('collect --out onto the book keeps book.bak.xlsx equal to the old book', () => {
    const s = scene('bak-collect');
    const before = sha(s.book);
    const r = runOko(['checklists', 'collect', s.book, s.schools, '--out', join(s.home, '.', 'book.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('book.bak.xlsx');
    expect(sha(join(s.home, 'book.bak.xlsx'))).toBe(before);
    expect(leftovers(s.home)).toEqual([]);
  });

  test('summary --out onto the book by a symlink keeps the backup beside the real file', () => {
    const s = scene('bak-summary');
    const before = sha(s.book);
    const link = join(dir, 'book-link.xlsx');
    symlinkSync(s.book, link);
    const r = runOko(['summary', s.book, '--today', '2025-03-01', '--out', link]);
    expect(r.code).toBe(0);
    expect(sha(join(s.home, 'book.bak.xlsx'))).toBe(before);
    expect(sha(s.book)).not.toBe(before);
  });
});
