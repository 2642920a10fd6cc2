/**
 * Word's automatic list numbers, rendered in document order as Word shows them: one counter set
 * per list (paragraphs of all `w:num` instances of one `abstractNum` continue each other), start
 * values, `lvlRestart`, restarts by `lvlOverride/startOverride`, `lvlText` patterns like «%1.%2.».
 */
import type { LevelDef, NumberingDefs } from './numbering-defs';

export interface RenderedNumber {
  readonly text: string;
  /** `tab`, `space` or `nothing`: what Word puts between the number and the text. */
  readonly suffix: string;
}

const RU_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let s = '';
  let rest = n;
  for (const [v, r] of table) {
    while (rest >= v) {
      s += r;
      rest -= v;
    }
  }
  return s;
}

/** Word repeats the letter past the alphabet: z, aa, bb … */
function letter(n: number, alphabet: string): string {
  if (n <= 0) return String(n);
  const ch = alphabet[(n - 1) % alphabet.length] ?? '';
  return ch.repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperLetter':
      return letter(n, LATIN).toUpperCase();
    case 'lowerLetter':
      return letter(n, LATIN);
    case 'russianLower':
      return letter(n, RU_LETTERS);
    case 'russianUpper':
      return letter(n, RU_LETTERS).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Symbol-font bullets live in the private use area; a reader sees them as «•». */
function bulletText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xe000 && code <= 0xf8ff ? '•' : ch;
  }
  return out;
}

export interface NumberingCounter {
  /** The number of the next paragraph of list `numId` at level `ilvl`, or null if it has none. */
  next(numId: string, ilvl: number): RenderedNumber | null;
}

export function numberingCounter(defs: NumberingDefs): NumberingCounter {
  const counters = new Map<string, (number | undefined)[]>();
  const started = new Set<string>();
  return {
    next(numId, ilvl) {
      const num = defs.nums.get(numId);
      if (numId === '0' || !num) return null;
      const abstract = defs.abstracts.get(num.abstractId);
      const levelOf = (k: number): LevelDef | undefined => num.levelOverrides.get(k) ?? abstract?.get(k);
      const lvl = levelOf(ilvl);
      if (!lvl) return null;
      let values = counters.get(num.abstractId);
      if (!values) {
        values = [];
        counters.set(num.abstractId, values);
      }
      if (!started.has(numId)) {
        started.add(numId);
        for (const [k, start] of num.startOverrides) values[k] = start - 1;
      }
      const current = values[ilvl];
      values[ilvl] = current === undefined ? lvl.start : current + 1;
      for (let d = ilvl + 1; d < 9; d++) {
        const restart = levelOf(d)?.restartAfter ?? d;
        if (ilvl < restart) values[d] = undefined;
      }
      if (lvl.format === 'bullet') return { text: bulletText(lvl.text), suffix: lvl.suffix };
      const text = lvl.text.replace(/%([1-9])/g, (_, digit: string) => {
        const k = Number(digit) - 1;
        const def = levelOf(k);
        const value = values?.[k] ?? def?.start ?? 1;
        return formatNumber(value, lvl.legal ? 'decimal' : (def?.format ?? 'decimal'));
      });
      return { text, suffix: lvl.suffix };
    },
  };
}

/** The list a paragraph belongs to: its own `numPr`, else its style's (through `basedOn`). */
export function paragraphList(
  defs: NumberingDefs,
  own: { numId: string | undefined; ilvl: number | undefined } | null,
  styleId: string | undefined,
): { numId: string; ilvl: number } | null {
  if (own?.numId !== undefined) return { numId: own.numId, ilvl: own.ilvl ?? 0 };
  let id = styleId ?? defs.defaultStyle;
  for (let depth = 0; id !== undefined && depth < 20; depth++) {
    const style = defs.styles.get(id);
    if (!style) return null;
    const numId = style.numbering?.numId;
    if (numId !== undefined) {
      const ilvl = own?.ilvl ?? style.numbering?.ilvl ?? levelOfStyle(defs, numId, id) ?? 0;
      return { numId, ilvl };
    }
    id = style.basedOn;
  }
  return null;
}

/** A list level tied to a paragraph style (`w:lvl/w:pStyle`), e.g. «Заголовок 2» → level 1. */
function levelOfStyle(defs: NumberingDefs, numId: string, styleId: string): number | undefined {
  const abstractId = defs.nums.get(numId)?.abstractId;
  const levels = abstractId !== undefined ? defs.abstracts.get(abstractId) : undefined;
  if (!levels) return undefined;
  for (const [k, lvl] of levels) if (lvl.style === styleId) return k;
  return undefined;
}
