// The Apps Script target: dist/gas/Code.js, Sidebar.html, VprDialog.html, DocxDialog.html and appsscript.json, ready for clasp.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OUT = 'dist/gas';
const ENTRY = 'gas/entry.ts';
const GLOBAL = 'OKO';
const common = {
  bundle: true,
  target: 'es2019',
  logLevel: 'warning',
  write: false,
  charset: 'utf8',
  legalComments: 'none',
};

// Tests build in parallel workers: write beside, then rename, so a reader never sees half a file.
function writeAtomic(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** The entry's export names, from esbuild's metafile of an ESM build (an IIFE build lists none). */
async function entryExports() {
  const result = await build({
    ...common,
    entryPoints: [ENTRY],
    format: 'esm',
    metafile: true,
    outfile: join(OUT, 'entry.mjs'),
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint === ENTRY);
  if (!output || output.exports.length === 0) throw new Error(`${ENTRY}: no exports found`);
  return output.exports;
}

/** Apps Script only calls top-level functions by name: one stub per export of the entry. */
function globalStubs(names) {
  return names
    .map((name) => {
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`not a function name: ${name}`);
      return `function ${name}(...args) {\n  return ${GLOBAL}.${name}(...args);\n}`;
    })
    .join('\n');
}

async function codeJs() {
  const names = await entryExports();
  const result = await build({
    ...common,
    entryPoints: [ENTRY],
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    // A package without an `exports` map (saxes, the Word import's XML parser) is found by `main`.
    mainFields: ['module', 'main'],
    outfile: join(OUT, 'Code.js'),
  });
  const body = result.outputFiles[0].text;
  return `${body}\n${globalStubs(names)}\n`;
}

/** An HtmlService page: `entry` bundled for the browser, inlined with the panel's styles, mounted on `#root`. */
async function pageHtml(entry, root) {
  const result = await build({
    ...common,
    entryPoints: [entry],
    format: 'iife',
    platform: 'browser',
    outfile: join(OUT, 'page.js'),
  });
  // Inline script: a «</script» inside a string literal would end the element early.
  const js = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = readFileSync('panel/panel.css', 'utf8');
  return [
    '<!DOCTYPE html>',
    '<html lang="ru">',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    `<style>\n${css}</style>`,
    '</head>',
    '<body>',
    `<div id="${root}"></div>`,
    `<script>\n${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export async function buildGas() {
  writeAtomic(join(OUT, 'Code.js'), await codeJs());
  writeAtomic(join(OUT, 'Sidebar.html'), await pageHtml('gas/sidebar/sidebar-main.ts', 'oko'));
  // «Объективность ВПР…»: the files are read and analysed in this page (core/xlsx-lite, no ExcelJS).
  writeAtomic(join(OUT, 'VprDialog.html'), await pageHtml('gas/sidebar/vpr-dialog-main.ts', 'oko-vpr'));
  // «Импорт из Word…»: the page sends the picked .docx as base64; the server unzips and imports it.
  writeAtomic(join(OUT, 'DocxDialog.html'), await pageHtml('gas/sidebar/docx-dialog-main.ts', 'oko-docx'));
  writeAtomic(join(OUT, 'appsscript.json'), readFileSync('manifests/appsscript.json', 'utf8'));
}
