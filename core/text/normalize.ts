/** Text helpers shared by the reader and the rules. */

const UNICODE_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Zero-width space, joiners, word joiner, BOM: invisible, and inside a word they are not a break. */
export const INVISIBLE_CHARS = /[\u200B-\u200D\u2060\uFEFF]/g;

/** C0 control characters other than tab and line breaks (and DEL): never meant as text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex -- control characters need cleaning
  /\s\s|[^\S ]|[\u00A0\u2000-\u200D\u202F\u205F\u3000\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F]|^ | $/;

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
