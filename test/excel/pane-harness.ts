/**
 * The built task pane in headless Chromium: the add-in built by the project's own script, served
 * from dist/office-addin on 127.0.0.1, Office.js answered by the fake (office-stub.ts) over the
 * sheets a test gives, every other address off this machine refused. One browser per test file.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { OFFICE_JS_URL } from '../../office-addin/ids';
import { ROOT, buildAddin } from './build-addin';

const CHROMIUM = '/usr/bin/chromium';
export const DIST = join(ROOT, 'dist', 'office-addin');
export const OUTPUT = join(ROOT, 'test-output');
export const available = existsSync(CHROMIUM);
if (!available)
  console.warn(`ПРОПУСК: нет ${CHROMIUM} — тест панели задач в браузере не запускался (apt-get install chromium).`);
export const maybe = available ? test : test.skip;

/** A sheet of the stub's workbook: values as typed (null for an empty cell), number formats optional. */
export interface StubSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  /** Number formats by cell, where not General (dates made by the tool). */
  readonly formats?: readonly (readonly (string | null)[])[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const file = normalize(join(dir, new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function stubScript(sheets: readonly StubSheet[]): Promise<string> {
  const bundle = await build({
    entryPoints: [join(__dirname, 'office-stub.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'warning',
  });
  return `window.__okoSheets = ${JSON.stringify(sheets)};\n${bundle.outputFiles[0]?.text ?? ''}`;
}

/** Evaluates `fn` in the page with `s` bound to the stub: its book and sync stats. */
export const stub = <T>(page: Page, fn: string): Promise<T> =>
  page.evaluate(`(() => { const s = window.__okoStub; return ${fn}; })()`) as Promise<T>;

let server: Server | null = null;
let browser: Browser | null = null;
let base = '';

/** The pane's URL on the local server (valid once a pane was opened). */
export const paneUrl = (): string => `${base}/taskpane.html`;

export async function closePanes(): Promise<void> {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
}

export interface Pane {
  readonly page: Page;
  /** Uncaught errors of the page. */
  readonly errors: string[];
  /** Addresses off this machine the page asked for (all refused). */
  readonly requested: string[];
}

/** A page whose Office.js is the stub over `sheets`; anything else off this machine is refused. */
export async function openPane(sheets: readonly StubSheet[]): Promise<Pane> {
  if (!browser) {
    expect(buildAddin(DIST).status).toBe(0);
    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested: string[] = [];
  // Routes run last-registered first: Office.js gets the stub, anything else off this machine is refused.
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      requested.push(route.request().url());
      return route.abort();
    },
  );
  const script = await stubScript(sheets);
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: script }),
  );
  return { page, errors, requested };
}

/** A full-page screenshot in test-output/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, name), fullPage: true });
}
