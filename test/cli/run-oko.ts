/** Builds the `oko` bundle and runs it as a child process, the way a user runs it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const OKO = join(ROOT, 'dist', 'cli', 'oko.cjs');

export interface OkoRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function buildOko(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'cli'], { cwd: ROOT, stdio: 'pipe' });
}

/**
 * Runs `node [...nodeArgs] dist/cli/oko.cjs …args` without OKO_DEBUG, so no stack trace may appear.
 * `nodeArgs` bound the run, e.g. `--max-old-space-size=512`.
 */
export function runOko(args: readonly string[], cwd = ROOT, nodeArgs: readonly string[] = []): OkoRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['OKO_DEBUG'];
  const r = spawnSync(process.execPath, [...nodeArgs, OKO, ...args], { cwd, env, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at /m;

/** The stderr of a refused input: exactly one non-empty line, Cyrillic, no stack. */
export function isRussianOneLiner(stderr: string): boolean {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  return lines.length === 1 && /[А-Яа-яЁё]/.test(lines[0] ?? '') && !STACK_LINE.test(stderr);
}
