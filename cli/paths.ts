/** Whether two paths name the same file: resolved, symlinks followed, same inode when both exist. */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

function canonical(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

function sameInode(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
  } catch {
    return false;
  }
}

export function samePath(a: string, b: string): boolean {
  const ca = canonical(a);
  const cb = canonical(b);
  const caseless = process.platform === 'win32' || process.platform === 'darwin';
  if (caseless ? ca.toLowerCase() === cb.toLowerCase() : ca === cb) return true;
  return sameInode(ca, cb);
}
