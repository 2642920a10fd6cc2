/** `oko` in-process (cli/oko.ts `main`), output captured: no build, no child process. */
import { main } from '../../cli/oko';
import type { Io } from '../../cli/io';

export interface MainRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function oko(...args: string[]): Promise<MainRun> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`) };
  const code = await main(args, io);
  return { code, out, err };
}

export async function okoJson<T>(...args: string[]): Promise<T> {
  const r = await oko(...args);
  if (r.code !== 0) throw new Error(`oko ${args.join(' ')} → ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as T;
}
