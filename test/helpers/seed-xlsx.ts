/** Seed plans as .xlsx books: the same conversion the `oko demo` command uses (cli/paste.ts). */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pastedTextToWorkbook } from '../../cli/paste';
import { SEED_DIR } from './seeds';

/** Writes the seed `file` (a name in test/fixtures/seeds) as `<dir>/<name>.xlsx`; returns that path. */
export async function seedXlsx(file: string, dir: string, sheet = 'План'): Promise<string> {
  const text = readFileSync(join(SEED_DIR, file), 'utf8');
  const out = join(dir, `${basename(file, '.txt')}.xlsx`);
  await pastedTextToWorkbook(text, sheet).xlsx.writeFile(out);
  return out;
}
