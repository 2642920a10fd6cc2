/**
 * Every file the CLI writes goes through here: the bytes go to a temporary file in the target's
 * folder, are flushed to disk, then renamed over the target in one step. A crash, Ctrl-C or a full
 * disk at any moment leaves the target as it was or complete, never half-written. When the target
 * is one of this run's inputs (by any name: a symlink, `../`), its previous version stays beside it
 * as `*.bak.xlsx`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ru } from '../core/messages/ru';
import { codeOf, reasonOf } from '../xlsx/reason';
import { CliFailure } from './failure';
import { samePath } from './paths';

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

/** `Книга.xlsx` → `Книга.bak.xlsx` beside it. */
export function backupPath(file: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.bak${ext || '.xlsx'}`);
}

/** The temporary name beside `file`: hidden, never `*.xlsx`, so a collect folder does not take it for a school's. */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.oko-tmp`);
}

/** Where the bytes really go: through a symlink to the file it names, so the link stays a link. */
function destination(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

/** Writes all of `bytes` to a new file and flushes it to disk before returning. */
async function writeFlushed(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
  try {
    let done = 0;
    while (done < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, done, bytes.byteLength - done);
      done += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The folder's entry list flushed too, so the rename itself survives a power cut (where the system allows). */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some systems (Windows) cannot open a folder: the rename is still atomic there.
  }
}

async function replaceAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeFlushed(temp, bytes);
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncDir(dirname(target));
}

/** The system's reason in Russian where we know the code. */
export function writeReason(err: unknown): string {
  const code = codeOf(err);
  return (code !== undefined ? ru.cli.ioReasons[code] : undefined) ?? reasonOf(err);
}

export interface WriteResult {
  /** The previous version kept beside the target, when the target was an input; else null. */
  readonly backup: string | null;
}

/**
 * Writes `bytes` to `file` atomically. `inputs` are the files this run read: when `file` is one
 * of them, the version being replaced is kept as `*.bak.xlsx` first. Failures are one Russian line.
 */
export async function writeFileAtomic(
  file: string,
  bytes: Uint8Array,
  inputs: readonly string[] = [],
): Promise<WriteResult> {
  const target = destination(file);
  let backup: string | null = null;
  try {
    await ensureDir(dirname(target));
    if (existsSync(target) && inputs.some((input) => samePath(input, target))) {
      backup = backupPath(target);
      await replaceAtomically(backup, await readFile(target));
    }
    await replaceAtomically(target, bytes);
  } catch (err) {
    if (err instanceof CliFailure) throw err;
    throw new CliFailure(ru.cli.writeFailed(file, writeReason(err)));
  }
  return { backup };
}
