/**
 * Canonical form of a deadline text, so the parsers see one spelling per meaning:
 * lower case, ё → е, one space, '-' for every dash, no quotes or markdown, and year
 * suffixes turned into tokens after a four-digit year: « г» (год/года/г.), « гг» (гг./годы),
 * « уч» (уч. год / учебного года). Suffixes after other numbers are dropped.
 */

const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACE_RE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const DASH_RE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const QUOTE_RE = /[«»"“”„‟'`´*_]/g;
const YO_RE = /ё/g;
// Cyrillic і (U+0456) is often typed for the Roman numeral I.
const CYR_I_RE = /і/g;
const OPEN_BRACKET_RE = /\[/g;
const CLOSE_BRACKET_RE = /\]/g;
const DASH_SPACE_RE = /\s*-\s*/g;
const SLASH_SPACE_RE = /(\d)\s*\/\s*(\d)/g;
const PAREN_OPEN_SPACE_RE = /\(\s+/g;
const PAREN_CLOSE_SPACE_RE = /\s+\)/g;
const COMMA_SPACE_RE = /\s+([,;])/g;
const ISO_RE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const DMY_DASH_RE = /(?<![\d.])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/g;
// «учебный год 2021-2022» → «2021-2022 уч».
const ACADEMIC_BEFORE_RE = /учебн[а-я]*\s(?:год[а-я]*\s)?(\d{4}[-/]\d{2,4})(?!\d)/g;
const ACADEMIC_AFTER_RE =
  /(?<!\d)(\d{4}|\d{2})\s*(?:гг?\.?\s*)?(?:учебн[а-я]*|уч(?![а-я])\.?)(?:\s*(?:гг?(?![а-я])\.?|год[а-я]*))?/g;
const PLURAL_YEAR_RE = /(?<!\d)(\d{4})\s*(?:гг(?![а-я])\.?|годы|годов|годах|годам)(?![а-я])/g;
const SINGULAR_YEAR_RE = /(?<!\d)(\d{4})\s*(?:г(?![а-я])\.?|года|году|годом|год)(?![а-я])/g;
const OTHER_YEAR_WORD_RE = /(?<!\d)(\d{1,3})\s*(?:гг?(?![а-я])\.?|года|году|год)(?![а-я])/g;
const NOISE_RE = /\(?\s*включительно\s*\)?|текущего\s(?:учебного\s|календарного\s)?года|т\.\s?г\./g;
const MULTI_SPACE_RE = / {2,}/g;
const EDGE_PUNCT_RE = /^[\s.,;:!?-]+|[\s.,;:!?]+$/g;
const EDGE_TEST_RE = /^[\s.,;:!?(-]|[\s.,;:!?)]$/;
const WRAPPED_RE = /^\(([^()]*)\)$/;
const PARENS_RE = /\s?\([^()]*\)/g;
const ANY_PAREN_RE = /[()]/g;
const BLANK_RE = /^[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\u2060\ufeff]*$/;

/** True for text that is empty or only (unicode) spaces. */
export function isBlank(text: string): boolean {
  return BLANK_RE.test(text);
}

/** Trim punctuation at the ends and parentheses that wrap the whole text. */
export function trimEdges(s: string): string {
  if (!EDGE_TEST_RE.test(s)) return s;
  let out = s.replace(EDGE_PUNCT_RE, '');
  for (let m = WRAPPED_RE.exec(out); m; m = WRAPPED_RE.exec(out)) {
    out = (m[1] ?? '').replace(EDGE_PUNCT_RE, '');
  }
  return out;
}

// Cheap tests that let most texts skip most passes (normalising 10,000 cells must stay fast).
const ODD_CHAR_RE = /[^ 0-9a-zа-я.,;:()\-/№]/;
const ODD_SPACE_RE = /\s\s|[^\S ]|^\s|\s$/;
const SPACED_PUNCT_RE = /\s[-),;]|[-(/]\s|\d\s\//;
const DIGIT_DASH_RE = /\d-\d/;
const YEAR_WORD_RE = /\d\s?(?:г|уч)|учебн/;
const NOISE_TEST_RE = /включ|текущ|т\.\s?г/;

/** Replace only when the pattern occurs: a failed test is much cheaper than a failed replace. */
function rep(s: string, re: RegExp, by: string): string {
  re.lastIndex = 0;
  if (!re.test(s)) return s;
  re.lastIndex = 0;
  return s.replace(re, by);
}

function cleanChars(text: string): string {
  let s = text.toLowerCase();
  if (ODD_CHAR_RE.test(s)) {
    s = rep(s, INVISIBLE_RE, '');
    s = rep(s, DASH_RE, '-');
    s = rep(s, YO_RE, 'е');
    s = rep(s, CYR_I_RE, 'i');
    s = rep(s, QUOTE_RE, '');
    s = rep(s, OPEN_BRACKET_RE, '(');
    s = rep(s, CLOSE_BRACKET_RE, ')');
  }
  return ODD_SPACE_RE.test(s) ? s.replace(SPACE_RE, ' ').trim() : s;
}

export function normalizeText(text: string): string {
  let s = cleanChars(text);
  if (SPACED_PUNCT_RE.test(s)) {
    s = rep(s, DASH_SPACE_RE, '-');
    s = rep(s, SLASH_SPACE_RE, '$1/$2');
    s = rep(s, PAREN_OPEN_SPACE_RE, '(');
    s = rep(s, PAREN_CLOSE_SPACE_RE, ')');
    s = rep(s, COMMA_SPACE_RE, '$1');
  }
  if (DIGIT_DASH_RE.test(s)) {
    s = rep(s, ISO_RE, '$3.$2.$1');
    s = rep(s, DMY_DASH_RE, '$1.$2.$3');
  }
  if (YEAR_WORD_RE.test(s)) {
    s = rep(s, ACADEMIC_BEFORE_RE, '$1 уч');
    s = rep(s, ACADEMIC_AFTER_RE, '$1 уч');
    s = rep(s, PLURAL_YEAR_RE, '$1 гг');
    s = rep(s, SINGULAR_YEAR_RE, '$1 г');
    s = rep(s, OTHER_YEAR_WORD_RE, '$1');
  }
  if (NOISE_TEST_RE.test(s)) s = s.replace(NOISE_RE, ' ').replace(MULTI_SPACE_RE, ' ');
  return trimEdges(s);
}

/** The text without parenthesised remarks: «до 17.02.2023 (до 11:00 мск)» → «до 17.02.2023». */
export function withoutParens(s: string): string {
  return trimEdges(s.replace(PARENS_RE, '').replace(MULTI_SPACE_RE, ' '));
}

/** The text with parentheses dropped but their content kept. */
export function unwrapParens(s: string): string {
  return trimEdges(s.replace(ANY_PAREN_RE, ' ').replace(MULTI_SPACE_RE, ' ').trim());
}
