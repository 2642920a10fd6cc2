/** Text helpers shared by the reader and the rules. */

const UNICODE_SPACES = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g;

const NEEDS_CLEANING = /\s\s|[^\S ]|[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]|^ | $/;

/** Collapse every kind of space and line break into single spaces, trimmed. */
export function clean(s: string): string {
  // Most cells are already clean: one test instead of two replacements.
  if (!NEEDS_CLEANING.test(s)) return s;
  return s.replace(UNICODE_SPACES, ' ').replace(/\s+/g, ' ').trim();
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
