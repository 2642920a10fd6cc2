/** Build dist/gas once, run the built Code.js in a Node vm over the Apps Script fake, read sheets back. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { CellValue, Grid } from '../../core/grid/grid';
import { createAppsScript, type FakeAppsScript } from './fake-apps-script';
import type { Scalar } from './fake-cells';
import type { FakeSheet } from './fake-sheet';
import { zonedDate } from './fake-time';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'gas');

export interface Built {
  readonly code: string;
  readonly sidebar: string;
  readonly manifest: string;
}

/** `node scripts/build.mjs gas`, as the README and npm scripts run it. */
export function buildGas(): Built {
  execFileSync(process.execPath, ['scripts/build.mjs', 'gas'], { cwd: ROOT, stdio: 'pipe' });
  const read = (f: string): string => readFileSync(join(DIST, f), 'utf8');
  return { code: read('Code.js'), sidebar: read('Sidebar.html'), manifest: read('appsscript.json') };
}

export interface Gas {
  readonly fake: FakeAppsScript;
  readonly context: vm.Context;
  /** Call a global function of Code.js by name, as Apps Script does. */
  run(name: string, ...args: unknown[]): unknown;
}

export function loadGas(built: Built, fake: FakeAppsScript = createAppsScript({ Sidebar: built.sidebar })): Gas {
  const context = vm.createContext({ ...fake.globals });
  vm.runInContext(built.code, context, { filename: 'Code.js' });
  const run = (name: string, ...args: unknown[]): unknown => {
    const fn: unknown = context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
    return fn(...args);
  };
  return { fake, context, run };
}

/**
 * The clock of Code.js: `new Date()` in the vm gives this wall-clock time in the spreadsheet's
 * zone (default 08:00, when the reminders trigger fires); dates built from arguments are untouched.
 */
export function setClock(gas: Gas, iso: string, hour = 8): void {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const now = zonedDate(y, m, d, gas.fake.book.timeZone(), hour).getTime();
  vm.runInContext(
    `Date = class extends Date { constructor(...a) { super(...(a.length ? a : [${now}])); } static now() { return ${now}; } };`,
    gas.context,
  );
}

/**
 * The clock of Code.js follows the fake's clock (`gas.fake.clock`): `new Date()` and `Date.now()`
 * in the vm read it, so a test moves time — past the execution budget, or to a school's edit.
 */
export function useFakeClock(gas: Gas): void {
  gas.context['__okoNow'] = (): number => gas.fake.clock.now;
  vm.runInContext(
    'Date = class extends Date { constructor(...a) { super(...(a.length ? a : [__okoNow()])); } static now() { return __okoNow(); } };',
    gas.context,
  );
}

/** Grid values as a user's sheet holds them: '' for empty, dates as Date (midnight in `timeZone`). */
export function toSheetValues(values: readonly (readonly CellValue[])[], toDate: (iso: string) => Date): Scalar[][] {
  return values.map((line) =>
    line.map((v) => {
      if (v === null) return '';
      if (typeof v === 'object') return 'date' in v ? toDate(v.date) : v.error;
      return v;
    }),
  );
}

export function planGas(built: Built, grid: Grid): Gas {
  const gas = loadGas(built);
  gas.fake.book.addSheet(
    grid.sheet,
    toSheetValues(grid.values, (iso) => {
      const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
      return zonedDate(y, m, d, gas.fake.book.timeZone());
    }),
  );
  return gas;
}

export interface Look {
  readonly background: string;
  readonly note: string;
}

/** Every cell with a fill or a note, `R:C` → look, read past the log: what «exactly restored» compares. */
export function looks(sheet: FakeSheet): Map<string, Look> {
  const out = new Map<string, Look>();
  for (let r = 1; r <= sheet.getMaxRows(); r++) {
    for (let c = 1; c <= sheet.getMaxColumns(); c++) {
      const cell = sheet.peek(r, c);
      if (cell && (cell.background !== null || cell.note !== ''))
        out.set(`${r}:${c}`, { background: cell.background ?? '#ffffff', note: cell.note });
    }
  }
  return out;
}

/** Cells with a non-default fill, as `R:C`. */
export const filled = (sheet: FakeSheet): Set<string> =>
  new Set([...looks(sheet)].filter(([, l]) => l.background !== '#ffffff').map(([k]) => k));
