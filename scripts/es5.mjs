// The ES5 step of the Excel add-in build: esbuild's bundle (ES2017) → SWC with an `ie 11` target
// (and, for the bundles Internet Explorer 11 runs, core-js polyfills of what the code really uses)
// → esbuild again, to bundle those polyfills in and minify. Excel 2016 and 2019 show add-ins in IE11.
import { build } from 'esbuild';
import { transform } from '@swc/core';

/** core-js version the polyfills are chosen for: the installed one (package.json pins it). */
const CORE_JS = '3.51';

/**
 * `code` (one bundle, an IIFE) as minified ECMAScript 5. With `polyfills`, what the bundle uses of
 * the standard library and IE11 lacks or gets wrong (Symbol, Map/Set with an argument, Array.from,
 * Object.assign, String#includes, …) is added from core-js, chosen by usage.
 */
export async function toEs5(code, { polyfills }) {
  const env = polyfills ? { targets: 'ie 11', mode: 'usage', coreJs: CORE_JS } : { targets: 'ie 11' };
  const lowered = await transform(code, {
    // A module, so that SWC can put the polyfills in as imports ahead of the bundle.
    isModule: true,
    env,
    jsc: { parser: { syntax: 'ecmascript' }, externalHelpers: false },
    module: { type: 'es6' },
    sourceMaps: false,
  });
  const bundled = await build({
    stdin: { contents: lowered.code, resolveDir: process.cwd(), sourcefile: 'es5-input.js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es5',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const out = bundled.outputFiles[0];
  if (!out) throw new Error('es5: esbuild wrote nothing');
  return out.text;
}
