/**
 * `npm run bench:excel`: round trips of every Excel command on 2,000- and 20,000-row plans in the
 * fake Office.js (ExcelApi 1.18, and 1.1/1.8 as in Excel 2016/2019), against the budget; then the
 * sizes of the scripts the add-in serves (ES5 with polyfills) beside the alternatives.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureCommands } from '../test/excel/sync-budget';

const MB = 1024 * 1024;
const kb = (n: number): string => `${Math.round(n / 1024)} КБ`;

async function syncs(): Promise<boolean> {
  let ok = true;
  for (const [rows, minor] of [
    [2000, 18],
    [2000, 8],
    [2000, 1],
    [20000, 18],
  ] as const) {
    console.log(`\nПлан из ${rows} строк, ExcelApi 1.${minor}: обращений к Excel (context.sync) / допустимо`);
    for (const c of await measureCommands(rows, minor)) {
      const over = c.syncs > c.budget;
      ok &&= !over;
      console.log(
        `  ${c.command.padEnd(24)} ${String(c.syncs).padStart(2)} / ${c.budget}` +
          `  ответ ${(c.responseBytes / MB).toFixed(1)} МБ, наибольший запрос ${(c.maxRequest / MB).toFixed(2)} МБ,` +
          ` ответ ${(c.maxResponse / MB).toFixed(2)} МБ${over ? '  ПРЕВЫШЕНО' : ''}`,
      );
    }
  }
  return ok;
}

interface Size {
  readonly bytes: number;
  readonly gzip: number;
}

function sizes(): void {
  const out = mkdtempSync(join(tmpdir(), 'oko-bench-excel-'));
  const r = spawnSync(process.execPath, ['scripts/build.mjs', 'excel'], {
    env: { ...process.env, OKO_EXCEL_OUT: out, OKO_EXCEL_SIZES: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  const table = JSON.parse(readFileSync(join(out, 'build-sizes.json'), 'utf8')) as Record<string, Record<string, Size>>;
  rmSync(out, { recursive: true, force: true });
  console.log('\nСкрипты надстройки: байт (gzip) — раздаётся (ES5 + полифилы) | ES5 без полифилов | ES2017 сжатый');
  for (const [file, s] of Object.entries(table).sort()) {
    const cell = (x: Size | undefined): string => (x ? `${kb(x.bytes)} (${kb(x.gzip)})` : '—');
    console.log(
      `  ${file.padEnd(20)} ${cell(s.served).padEnd(20)} | ${cell(s.es5WithoutPolyfills).padEnd(20)} | ${cell(s.es2017Minified)}`,
    );
  }
}

void (async () => {
  const ok = await syncs();
  sizes();
  if (!ok) process.exitCode = 1;
})();
