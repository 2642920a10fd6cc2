/** Builds the add-in for a test, with the project's own build script (no stub ever goes in). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** Runs `node scripts/build.mjs excel` into `out` with an optional OKO_BASE_URL. */
export function buildAddin(out: string, baseUrl?: string): { status: number | null; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, OKO_EXCEL_OUT: out };
  if (baseUrl === undefined) delete env.OKO_BASE_URL;
  else env.OKO_BASE_URL = baseUrl;
  const r = spawnSync(process.execPath, ['scripts/build.mjs', 'excel'], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}
