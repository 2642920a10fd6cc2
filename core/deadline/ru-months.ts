/**
 * Russian month names and ordinals as regex sources, for text already lower-cased with ё folded to е.
 * Endings are listed explicitly (not `[а-я]*`) so that adjectives like «августовское» are not months.
 */

// Soft-stem months: январь, января, январе, январю, январем.
const SOFT = '(?:ь|я|е|ю|ем)';
// Hard-stem months: март, марта, марте, марту, мартом.
const HARD = '(?:а|е|у|ом)?';

const MONTH_WORDS = [
  `январ${SOFT}`,
  `феврал${SOFT}`,
  `март${HARD}`,
  `апрел${SOFT}`,
  'ма(?:й|я|е|ю|ем)',
  `июн${SOFT}`,
  `июл${SOFT}`,
  `август${HARD}`,
  `сентябр${SOFT}`,
  `октябр${SOFT}`,
  `ноябр${SOFT}`,
  `декабр${SOFT}`,
  // Abbreviations as they appear in tables: «сент.», «нояб.».
  '(?:янв|февр?|мар|апр|авг|сент?|окт|нояб?|дек)\\.?',
];

/** One month name in any case, as a whole word. */
export const MONTH_SRC = `(?<![а-яa-z])(?:${MONTH_WORDS.join('|')})(?![а-яa-z])`;

// Order matters: «мар» must be tried before «ма».
const STEMS: readonly (readonly [string, number])[] = [
  ['янв', 1],
  ['фев', 2],
  ['мар', 3],
  ['апр', 4],
  ['ма', 5],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['окт', 10],
  ['ноя', 11],
  ['дек', 12],
];

/** Month number 1–12 of a word matched by MONTH_SRC. */
export function monthOf(word: string): number | null {
  for (const [stem, n] of STEMS) if (word.startsWith(stem)) return n;
  return null;
}

/** An ordinal 1–4 as written before «квартал», «полугодие», «четверть»: IV, 2-й, второе. */
export const ORD_SRC =
  '(?:(?<![a-z])(?:iv|i{1,3})(?![a-z])' +
  '|(?<!\\d)[1-4](?:-?(?:й|ый|ой|ом|м|го|ого|е|ое|я|ая))?' +
  '|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*)';

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORD_WORDS: readonly (readonly [string, number])[] = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четверт', 4],
];

/** Value of a token matched by ORD_SRC. */
export function ordinalOf(token: string): number | null {
  const roman = ROMAN[token];
  if (roman !== undefined) return roman;
  const c = token.charCodeAt(0);
  if (c >= 49 && c <= 52) return c - 48;
  for (const [stem, n] of ORD_WORDS) if (token.startsWith(stem)) return n;
  return null;
}
