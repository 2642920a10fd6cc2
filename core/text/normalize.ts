/** Text helpers shared by the reader and the rules. */

/** Character classes, each written once; the patterns below are built from them. */
const SPACE_CLASS = '\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000';
const INVISIBLE_CLASS = '\\u200B-\\u200D\\u2060\\uFEFF';
const CONTROL_CLASS = '\\u0000-\\u0008\\u000E-\\u001F\\u007F';

const UNICODE_SPACES = new RegExp(`[${SPACE_CLASS}]`, 'g');

/** Zero-width space, joiners, word joiner, BOM: invisible, and inside a word they are not a break. */
export const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');

/** C0 control characters other than tab and line breaks (and DEL): never meant as text. */
export const CONTROL_CHARS = new RegExp(`[${CONTROL_CLASS}]`, 'g');

const NEEDS_CLEANING = new RegExp(`\\s\\s|[^\\S ]|[${SPACE_CLASS}${INVISIBLE_CLASS}${CONTROL_CLASS}]|^ | $`);

/** Collapse every kind of space and line break into single spaces, trimmed; invisible characters dropped. */
export function clean(s: string): string {
  // Most cells are already clean: one test instead of several replacements.
  if (!NEEDS_CLEANING.test(s)) return s;
  return s
    .replace(INVISIBLE_CHARS, '')
    .replace(CONTROL_CHARS, ' ')
    .replace(UNICODE_SPACES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A comparison key: lower case, ё → е, punctuation and bullets dropped, spaces collapsed. */
export function textKey(s: string): string {
  return clean(s)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[•·▪●◦\-–—.,;:!?"«»“”'()*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function startsLower(s: string): boolean {
  const c = s.trimStart().charAt(0);
  return c !== '' && c === c.toLowerCase() && c !== c.toUpperCase();
}

export function startsUpper(s: string): boolean {
  const c = s.trimStart().charAt(0);
  return c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();
}

/** Join a page-split text: a word broken by a hyphen joins without a space. */
export function joinSplit(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  if (/[а-яёa-z]-$/i.test(a) && startsLower(b)) return a + b;
  return `${a} ${b}`;
}
