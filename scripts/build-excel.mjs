// The Excel add-in: bundles, pages, icons and the manifest into dist/office-addin/.
// OKO_BASE_URL (https://…) sets where the add-in is hosted; https://localhost:3000 by default.
// OKO_EXCEL_OUT builds elsewhere than dist/office-addin (tests build a deployment copy aside).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXCEL_OUT = process.env.OKO_EXCEL_OUT || 'dist/office-addin';
export const DEV_BASE_URL = 'https://localhost:3000';

/** The base URL every manifest URL starts with, without a trailing slash; null if not https. */
function excelBaseUrl(env = process.env) {
  const base = (env.OKO_BASE_URL || DEV_BASE_URL).replace(/\/+$/, '');
  return /^https:\/\/[^\s"'<>{}&]+$/.test(base) ? base : null;
}

export async function buildExcel() {
  const base = excelBaseUrl();
  if (!base) {
    console.error(
      `OKO_BASE_URL должен быть адресом https://…, а не «${process.env.OKO_BASE_URL}»: Office загружает надстройки только по https.`,
    );
    process.exit(2);
  }
  rmSync(EXCEL_OUT, { recursive: true, force: true });
  mkdirSync(join(EXCEL_OUT, 'assets'), { recursive: true });
  await build({
    entryPoints: {
      taskpane: 'office-addin/taskpane/taskpane.ts',
      commands: 'office-addin/commands/commands.ts',
      message: 'office-addin/dialog/message.ts',
      // ExcelJS and JSZip for «Чек-листы школ», loaded by the pane on first use (their browser
      // builds: esbuild takes package.json's «browser» field, no Node polyfills are needed).
      'checklist-files': 'office-addin/checklists/file-kit-entry.ts',
      // docx and ECharts for the справка Word file, loaded by the pane on its first download.
      'spravka-files': 'office-addin/summary/spravka-kit-entry.ts',
    },
    outdir: EXCEL_OUT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Excel's webviews: WebView2/Edge, Safari on Mac; esbuild lowers newer syntax to this.
    target: 'es2017',
    sourcemap: false,
    logLevel: 'warning',
  });
  for (const page of ['taskpane/taskpane.html', 'commands/commands.html', 'dialog/message.html']) {
    copyFileSync(join('office-addin', page), join(EXCEL_OUT, page.split('/')[1]));
  }
  copyFileSync('panel/panel.css', join(EXCEL_OUT, 'panel.css'));
  for (const file of readdirSync('office-addin/assets').filter((f) => f.endsWith('.png'))) {
    copyFileSync(join('office-addin/assets', file), join(EXCEL_OUT, 'assets', file));
  }
  const manifest = readFileSync('manifests/manifest.xml', 'utf8').replaceAll('{{BASE_URL}}', base);
  writeFileSync(join(EXCEL_OUT, 'manifest.xml'), manifest);
}
