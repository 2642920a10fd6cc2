/** text-typo and text-cleanup: per cell of the plan's rows, each with a safe one-click fix. */
import { cellValue, type Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import type { Plan } from '../plan/plan';
import type { Issue } from '../check/issue';
import { issue, type Rule } from './rule';
import { quote } from '../limits/cell-limits';
import { CONTROL_CHARS, INVISIBLE_CHARS } from '../text/normalize';

/** Cyrillic-aware word start: JavaScript's \b only knows Latin letters. */
const L = '\\p{L}';
const word = (s: string): RegExp => new RegExp(`(?<!${L})${s}`, 'gu');

interface Typo {
  /** A cheap substring test first: the regular expression runs only on cells that contain it. */
  readonly hint: string;
  readonly re: RegExp;
  readonly to: string;
}

/** Typos seen in real plans; each is safe to fix without reading the context. */
const TYPOS: readonly Typo[] = [
  { hint: 'течении', re: word('([Вв]) течении (года|учебного|всего|периода|месяца|\\d)'), to: '$1 течение $2' },
  { hint: 'признак', re: word('(признак\\p{L}*) с (не)?(объективн)'), to: '$1 $2$3' },
  { hint: 'по о', re: word('(по) (о|об) (результат\\p{L}*)'), to: '$1 $3' },
  { hint: 'бьект', re: /(О|о)бьект/gu, to: '$1бъект' },
  { hint: 'бучащ', re: /(О|о)бучащ/gu, to: '$1бучающ' },
  { hint: 'ГЕ', re: word('(ОГ|ЕГ)Е(?!\\p{L})'), to: '$1Э' },
];

const WORD = /^\p{L}+$/u;

/** «в в ОО» → «в ОО»: a word typed twice in a row. */
function dropDoubledWords(text: string): string {
  const parts = text.split(' ');
  const out = parts.filter((w, i) => i === 0 || w !== parts[i - 1] || !WORD.test(w));
  return out.length === parts.length ? text : out.join(' ');
}

function fixTypos(text: string): string {
  const fixed = TYPOS.reduce((out, t) => (out.includes(t.hint) ? out.replace(t.re, t.to) : out), text);
  return dropDoubledWords(fixed);
}

interface Cleanup {
  readonly re: RegExp;
  readonly to: string;
  readonly what: string;
  /** Kept where the text goes on in a page-split continuation row («… и мер,» ⏎ «направленных …»). */
  readonly keepWhenContinued?: boolean;
}

const CLEANUPS: readonly Cleanup[] = [
  { re: /\s*[•▪●◦]\s*/gu, to: ' ', what: ru.cleanup.bullet },
  { re: /\u00A0/gu, to: ' ', what: ru.cleanup.nbsp },
  { re: new RegExp(`(${L})- (?!(и|или)(?!${L}))(\\p{Ll})`, 'gu'), to: '$1-$3', what: ru.cleanup.hangingHyphen },
  { re: / {2,}/gu, to: ' ', what: ru.cleanup.doubleSpace },
  { re: /\s*[,;]\s*$/u, to: '', what: ru.cleanup.trailingComma, keepWhenContinued: true },
];

function cleanupText(text: string, continued: boolean): { text: string; what: string[] } {
  const what: string[] = [];
  // First what cannot be seen: JavaScript's trim() takes a BOM for a space, and a zero-width space not.
  const visible = text.replace(INVISIBLE_CHARS, '');
  if (visible !== text) what.push(ru.cleanup.invisible);
  let out = visible.replace(CONTROL_CHARS, '');
  if (out !== visible) what.push(ru.cleanup.control);
  if (out !== out.trim()) what.push(ru.cleanup.edgeSpace);
  for (const c of CLEANUPS) {
    if (continued && c.keepWhenContinued) continue;
    const next = out.replace(c.re, c.to).trim();
    if (next !== out.trim()) what.push(c.what);
    out = next;
  }
  return { text: out.trim(), what };
}

interface PlanCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** The same column goes on in a later continuation row of the item. */
  readonly continued: boolean;
}

/** Every string cell of the plan's own rows (items, continuations, sections). */
function planCells(plan: Plan, grid: Grid): PlanCell[] {
  const rows = new Map<number, readonly number[]>();
  for (const it of plan.items) it.rows.forEach((r, i) => rows.set(r, it.rows.slice(i + 1)));
  for (const s of plan.sections) rows.set(s.row, []);
  const out: PlanCell[] = [];
  for (const [row, later] of [...rows].sort((a, b) => a[0] - b[0])) {
    const width = grid.values[row - 1]?.length ?? 0;
    for (let col = 1; col <= width; col++) {
      const v = cellValue(grid, row, col);
      if (typeof v !== 'string' || v.trim() === '') continue;
      const continued = later.some(
        (r) => typeof cellValue(grid, r, col) === 'string' && cellValue(grid, r, col) !== '',
      );
      out.push({ row, col, text: v, continued });
    }
  }
  return out;
}

export const textTypo: Rule = {
  id: 'text-typo',
  check(plan, grid) {
    const issues: Issue[] = [];
    for (const cell of planCells(plan, grid)) {
      const fixed = fixTypos(cell.text);
      if (fixed === cell.text) continue;
      const [wrong, right] = firstDifference(cell.text, fixed);
      issues.push(
        issue('text-typo', 'warning', cell.row, cell.col, ru.rules.textTypo(wrong, right), {
          label: ru.fixes.typo,
          edits: [{ row: cell.row, col: cell.col, value: fixed }],
        }),
      );
    }
    return issues;
  },
};

export const textCleanup: Rule = {
  id: 'text-cleanup',
  check(plan, grid) {
    const issues: Issue[] = [];
    for (const cell of planCells(plan, grid)) {
      const { text, what } = cleanupText(cell.text, cell.continued);
      if (text === cell.text || what.length === 0) continue;
      issues.push(
        issue('text-cleanup', 'info', cell.row, cell.col, ru.rules.textCleanup(what.join(', ')), {
          label: ru.fixes.cleanup,
          edits: [{ row: cell.row, col: cell.col, value: text }],
        }),
      );
    }
    return issues;
  },
};

/** How far after the first difference the texts are searched for where they agree again. */
const RESYNC_SPAN = 80;
const RESYNC_SHIFT = 30;
const RESYNC_RUN = 8;

/** Where the first change ends in a and in b: the nearest point after `start` where both agree again. */
function changeEnd(a: string, b: string, start: number): [number, number] {
  for (let k = 0; k <= RESYNC_SPAN; k++) {
    for (let d = -RESYNC_SHIFT; d <= RESYNC_SHIFT; d++) {
      const ia = start + k;
      const ib = ia + d;
      if (ib < start) continue;
      if (ia === a.length && ib === b.length) return [ia, ib];
      const runA = a.slice(ia, ia + RESYNC_RUN);
      const sameRun = runA.length > 0 && runA === b.slice(ib, ib + RESYNC_RUN);
      if (sameRun && (runA.length === RESYNC_RUN || a.length - ia === b.length - ib)) return [ia, ib];
    }
  }
  return [Math.min(a.length, start + RESYNC_SPAN), Math.min(b.length, start + RESYNC_SPAN)];
}

/**
 * The words around the first change only, for a short message: «в течении года» → «в течение
 * года». A long cell with several changes far apart still gives a short window, never the text between.
 */
function firstDifference(a: string, b: string): [string, string] {
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  const [endA, endB] = changeEnd(a, b, start);
  const widen = (s: string, from: number, to: number): string => {
    let f = from;
    let t = to;
    for (let k = 0; k < 2 && f > 0; k++) f = Math.max(0, s.lastIndexOf(' ', f - 2) + 1);
    for (let k = 0; k < 2 && t < s.length; k++) t = s.indexOf(' ', t + 1) === -1 ? s.length : s.indexOf(' ', t + 1);
    return quote(s.slice(f, t).trim());
  };
  return [widen(a, start, endA), widen(b, start, endB)];
}
