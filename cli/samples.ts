/** The built-in sample plans (cli/samples/*.txt), found both from the bundle and from the sources. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface Sample {
  /** File name without `.txt`, e.g. `plan-1`. */
  readonly name: string;
  readonly text: string;
}

/**
 * Where the samples lie: dist/cli/oko.cjs is two levels below the repository root;
 * from the TypeScript sources (tests) they sit next to this file.
 */
export function samplesDir(): string {
  const candidates = [resolve(__dirname, '..', '..', 'cli', 'samples'), resolve(__dirname, 'samples')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0] ?? 'cli/samples';
}

/** Samples in name order; an empty list when the folder is missing. */
export function readSamples(dir = samplesDir()): Sample[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
}
