// The Excel add-in: bundles, pages, icons and the manifest into dist/office-addin/.
// OKO_BASE_URL (https://…) sets where the add-in is hosted; https://localhost:3000 by default.
// OKO_EXCEL_OUT builds elsewhere than dist/office-addin (tests build a deployment copy aside).
// Every script is ECMAScript 5 (scripts/es5.mjs): Excel 2016 and 2019 run add-ins in Internet
// Explorer 11, newer Excel in Edge WebView2; both load the same files (sizes: build-sizes.json).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { toEs5 } from './es5.mjs';

const EXCEL_OUT = process.env.OKO_EXCEL_OUT || 'dist/office-addin';
export const DEV_BASE_URL = 'https://localhost:3000';

/** Bundles the add-in serves: the ones IE11 runs get polyfills; the kits it never loads do not. */
const BUNDLES = {
  taskpane: { entry: 'office-addin/taskpane/taskpane.ts', polyfills: true },
  commands: { entry: 'office-addin/commands/commands.ts', polyfills: true },
  message: { entry: 'office-addin/dialog/message.ts', polyfills: true },
  // ExcelJS and JSZip for «Чек-листы школ», loaded by the pane on first use (their browser
  // builds: esbuild takes package.json's «browser» field, no Node polyfills are needed).
  // Under IE11 the pane says to use `oko` instead of loading it.
  'checklist-files': { entry: 'office-addin/checklists/file-kit-entry.ts', polyfills: false },
  // docx and ECharts for the справка Word file, loaded by the pane on its first download.
  'spravka-files': { entry: 'office-addin/summary/spravka-kit-entry.ts', polyfills: false },
};

/** The base URL every manifest URL starts with, without a trailing slash; null if not https. */
function excelBaseUrl(env = process.env) {
  const base = (env.OKO_BASE_URL || DEV_BASE_URL).replace(/\/+$/, '');
  return /^https:\/\/[^\s"'<>{}&]+$/.test(base) ? base : null;
}

/** ru.excel from the one catalog, for texts the build writes into pages. */
async function excelCatalog() {
  const out = await build({
    entryPoints: ['core/messages/excel.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  runInNewContext(out.outputFiles[0].text, { module, exports: module.exports });
  return module.exports.excelMessages.excel;
}

/** Escapes text for HTML element content and attribute values. */
const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The inline first script of a page, its texts from the catalog (`banner` null: none shown). */
function bootScript(legacy, banner) {
  const messages = { banner, failed: legacy.failed, waitMs: 20000 };
  // `</` never appears inside a script element: a text cannot close it early.
  const json = JSON.stringify(messages).replace(/</g, '\\u003c');
  const source = readFileSync('office-addin/legacy/boot.js', 'utf8').replace('= OKO_BOOT_MESSAGES;', `= ${json};`);
  return `<script>\n${source.trim()}\n</script>`;
}

function supportPage(support) {
  const items = support.lines.map((line) => `      <li>${html(line)}</li>`).join('\n');
  return `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=Edge" />
    <title>${html(support.title)}</title>
    <link rel="stylesheet" href="panel.css" />
  </head>
  <body>
    <h1>${html(support.title)}</h1>
    <ul>
${items}
    </ul>
  </body>
</html>
`;
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
  const modern = await build({
    entryPoints: Object.fromEntries(Object.entries(BUNDLES).map(([name, b]) => [name, b.entry])),
    outdir: EXCEL_OUT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    sourcemap: false,
    write: false,
    logLevel: 'warning',
  });
  const sizes = {};
  await Promise.all(
    modern.outputFiles.map(async (file) => {
      const name = file.path.slice(file.path.lastIndexOf('/') + 1);
      const bundle = BUNDLES[name.replace(/\.js$/, '')];
      const es5 = await toEs5(file.text, { polyfills: bundle.polyfills });
      writeFileSync(join(EXCEL_OUT, name), es5);
      sizes[name] = { served: { bytes: Buffer.byteLength(es5), gzip: gzipSync(es5).length } };
      // The alternatives, measured on request only (`npm run bench:excel`): they double the build time.
      if (!process.env.OKO_EXCEL_SIZES) return;
      const syntaxOnly = bundle.polyfills ? await toEs5(file.text, { polyfills: false }) : es5;
      const minified = (
        await build({ stdin: { contents: file.text }, minify: true, target: 'es2017', write: false, logLevel: 'error' })
      ).outputFiles[0].text;
      sizes[name].es5WithoutPolyfills = { bytes: Buffer.byteLength(syntaxOnly), gzip: gzipSync(syntaxOnly).length };
      sizes[name].es2017Minified = { bytes: Buffer.byteLength(minified), gzip: gzipSync(minified).length };
    }),
  );
  writeFileSync(join(EXCEL_OUT, 'build-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  const catalog = await excelCatalog();
  const pages = {
    'taskpane/taskpane.html': bootScript(catalog.legacy, catalog.legacy.banner),
    'commands/commands.html': null,
    'dialog/message.html': bootScript(catalog.legacy, null),
  };
  for (const [page, boot] of Object.entries(pages)) {
    const source = readFileSync(join('office-addin', page), 'utf8');
    const out = boot === null ? source : source.replace('<!-- oko:boot -->', boot);
    if (boot !== null && out === source) throw new Error(`${page}: no <!-- oko:boot --> placeholder`);
    writeFileSync(join(EXCEL_OUT, page.split('/')[1]), out);
  }
  writeFileSync(join(EXCEL_OUT, 'support.html'), supportPage(catalog.support));
  copyFileSync('panel/panel.css', join(EXCEL_OUT, 'panel.css'));
  for (const file of readdirSync('office-addin/assets').filter((f) => f.endsWith('.png'))) {
    copyFileSync(join('office-addin/assets', file), join(EXCEL_OUT, 'assets', file));
  }
  const manifest = readFileSync('manifests/manifest.xml', 'utf8').replaceAll('{{BASE_URL}}', base);
  writeFileSync(join(EXCEL_OUT, 'manifest.xml'), manifest);
}
