/**
 * Excel 2016 and 2019 run add-ins in Internet Explorer 11. Every script the add-in serves (and the
 * inline first script of each page) parses as ECMAScript 5, and the ribbon commands bundle runs
 * «Проверить план» then «Снять отметки» in the Excel fake inside a vm with only IE11's built-ins,
 * called as global functions (Office builds without Office.actions.associate), at ExcelApi 1.1,
 * 1.8 and 1.18: fills and notes come back exactly.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import { parse } from 'acorn';
import { ACTIONS } from '../../../office-addin/ids';
import { ru } from '../../../core/messages/ru';
import { seedGrid } from '../../helpers/seeds';
import { buildAddin } from '../build-addin';
import { bookOf, filledCells, snapshot } from '../excel-fixture';
import { createFakeOffice } from '../fake-excel';
import { IE11_USER_AGENT, ie11Context, intoRealm, missingIn } from './ie11-realm';

const out = mkdtempSync(join(tmpdir(), 'oko-addin-ie11-'));
beforeAll(() => expect(buildAddin(out).status).toBe(0));

const served = (ext: string): string[] => readdirSync(out).filter((f) => f.endsWith(ext));
const inlineScripts = (page: string): string[] =>
  [...readFileSync(join(out, page), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

test('every .js the add-in serves parses as ECMAScript 5', () => {
  const files = served('.js');
  expect(files.sort()).toEqual(['checklist-files.js', 'commands.js', 'message.js', 'spravka-files.js', 'taskpane.js']);
  for (const file of files) {
    const code = readFileSync(join(out, file), 'utf8');
    expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
  }
  // The checker can fail: ES2015 syntax is refused.
  expect(() => parse('let a = () => 1;', { ecmaVersion: 5 })).toThrow();
});

test('the task pane and the dialog start with an inline ES5 script carrying the catalog’s texts', () => {
  for (const page of ['taskpane.html', 'message.html']) {
    const html = readFileSync(join(out, page), 'utf8');
    const scripts = inlineScripts(page);
    expect(scripts).toHaveLength(1);
    // It runs first: before Office.js and before the bundle.
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<script src='));
    expect(() => parse(scripts[0] ?? '', { ecmaVersion: 5 })).not.toThrow();
    expect(scripts[0]).toContain(JSON.stringify(ru.excel.legacy.failed));
  }
  expect(inlineScripts('taskpane.html')[0]).toContain(JSON.stringify(ru.excel.legacy.banner));
  expect(inlineScripts('message.html')[0]).not.toContain(JSON.stringify(ru.excel.legacy.banner));
});

test('the IE11 realm really lacks what IE11 lacks, and its Map ignores a constructor argument', () => {
  const context = ie11Context({});
  const gone = [
    'Symbol',
    'Proxy',
    'Reflect',
    'URL',
    'TextEncoder',
    'Array.from',
    'Object.assign',
    'String.prototype.includes',
    'Array.prototype.includes',
    'Object.entries',
    'Promise.prototype.finally',
  ];
  expect(missingIn(context, gone)).toEqual(gone);
  expect(runInContext('new Map([[1, 2]]).size', context)).toBe(0);
  expect(runInContext('typeof Promise', context)).toBe('function');
});

const SEED = '002_54f4a90b33e7accb.txt';

describe.each([1, 8, 18])('ExcelApi 1.%i, IE11 built-ins only', (minor) => {
  test('the ribbon’s global functions check the plan, then clear the marks exactly', async () => {
    const book = bookOf(seedGrid(SEED).values);
    const plan = book.sheet('План');
    // A fill of the user's own on a cell that gets marked, and a note of theirs on another.
    plan.at(23, 2).fill = { color: '#00FF00', pattern: 'Solid' };
    plan.at(5, 1).note = 'заметка методиста';
    const before = snapshot(plan);
    const fake = createFakeOffice(book, minor);
    // Office without Office.actions (Excel 2016 / 2019 builds): only the global functions are called.
    const office: Record<string, unknown> = { ...fake.Office };
    delete office.actions;
    // The outcome a command shows in its dialog, read from the dialog's address.
    const shown: string[] = [];
    const supported = (fake.Office.context as { requirements: { isSetSupported: (n: string, v?: string) => boolean } })
      .requirements.isSetSupported;
    office.context = {
      requirements: { isSetSupported: (name: string, v?: string) => name === 'DialogApi' || supported(name, v) },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, done: (r: { status: string }) => void) => {
          shown.push(decodeURIComponent(url.slice(url.indexOf('?m=') + 3)));
          done({ status: 'failed' });
        },
      },
    };
    const context = ie11Context({});
    context.Office = intoRealm(context, office);
    context.Excel = intoRealm(context, fake.Excel);
    runInContext(readFileSync(join(out, 'commands.js'), 'utf8'), context);
    runInContext('window.location = { href: "https://localhost:3000/commands.html" };', context);

    const press = (id: string): Promise<void> =>
      new Promise((completed) => {
        const handler: unknown = runInContext(`window[${JSON.stringify(id)}]`, context);
        expect(typeof handler).toBe('function');
        (handler as (event: { completed: () => void }) => void)({ completed });
      });

    await press(ACTIONS.checkPlan);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Проверено мероприятий|замечани/);
    expect(book.find(ru.report.sheetName)).toBeDefined();
    const marked = filledCells(plan);
    expect(marked.size).toBeGreaterThan(3);
    expect(marked.has('23:2') || marked.has('24:3')).toBe(true);
    if (minor >= 18) expect([...snapshot(plan).values()].filter((l) => l.note !== null).length).toBeGreaterThan(1);

    await press(ACTIONS.clearMarks);
    expect(book.find(ru.report.sheetName)).toBeUndefined();
    expect(snapshot(plan)).toEqual(before);
    expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
    expect(fake.stats.unsupported).toEqual([]);
  });
});

/** The taskpane's inline first script run over a tiny DOM, in `userAgent`; what it put on the page. */
function bootPane(userAgent: string): {
  notes: () => string[];
  fire: (event: string) => void;
  tick: () => void;
  start: () => void;
} {
  const inserted: { text: string; className: string; parentNode: unknown }[] = [];
  const listeners = new Map<string, () => void>();
  const timers: (() => void)[] = [];
  const body = {
    firstChild: null,
    insertBefore: (node: { text: string; className: string; parentNode: unknown }) => {
      node.parentNode = body;
      inserted.push(node);
    },
    removeChild: (node: unknown) => void inserted.splice(inserted.indexOf(node as never), 1),
  };
  const document = {
    body,
    createElement: () => {
      const node = { text: '', className: '', parentNode: null as unknown };
      return Object.assign(node, {
        setAttribute: () => undefined,
        appendChild: (t: { data: string }) => void (node.text += t.data),
      });
    },
    createTextNode: (data: string) => ({ data }),
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
  };
  const context = ie11Context({ document, setTimeout: (fn: () => void) => timers.push(fn) });
  context.navigator = { userAgent };
  context.addEventListener = (type: string, fn: () => void) => listeners.set(`window:${type}`, fn);
  runInContext(inlineScripts('taskpane.html')[0] ?? '', context);
  return {
    notes: () => inserted.map((n) => `${n.className}: ${n.text}`),
    fire: (event) => listeners.get(event)?.(),
    tick: () => timers.splice(0).forEach((t) => t()),
    start: () => void runInContext('window.okoStart()', context),
  };
}

test('IE11: the pane says at once what works there; a pane that never starts says so, never blank', () => {
  const pane = bootPane(IE11_USER_AGENT);
  pane.fire('DOMContentLoaded');
  expect(pane.notes()).toEqual([`status oko-boot-legacy: ${ru.excel.legacy.banner}`]);
  pane.tick();
  expect(pane.notes()).toContain(`status oko-boot-failed error: ${ru.excel.legacy.failed}`);
});

test('a modern webview: no banner; a script error before start shows the failure; a start removes it', () => {
  const pane = bootPane('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Edg/131.0');
  pane.fire('DOMContentLoaded');
  expect(pane.notes()).toEqual([]);
  pane.fire('window:error');
  expect(pane.notes()).toEqual([`status oko-boot-failed error: ${ru.excel.legacy.failed}`]);
  pane.start();
  expect(pane.notes()).toEqual([]);
  pane.tick();
  expect(pane.notes()).toEqual([]);
});
