/**
 * Splits a canonical deadline body («06.02-30.05.2023», «июнь, август», «iv квартал 2022»)
 * into items: single pieces or «a-b» ranges. Years are kept as written (null when absent);
 * resolving them is deadline-resolve's job.
 */
import { isValidYmd } from '../grid/dates';
import { isPlanYear } from './academic-year';
import { MONTH_SRC, ORD_SRC, monthOf, ordinalOf } from './ru-months';

/** How a year was marked: «уч» academic, «гг» calendar years, «г» a plain year word. */
export type YearMark = 'уч' | 'гг' | 'г' | null;

export type Piece =
  | { readonly t: 'day'; readonly y: number | null; readonly m: number; readonly d: number }
  /** Months m1..m2 of one calendar year: a month, quarter or school term. */
  | { readonly t: 'block'; readonly y: number | null; readonly m1: number; readonly m2: number }
  /** A half-year; without a year its months depend on the context (academic or calendar). */
  | { readonly t: 'half'; readonly y: number | null; readonly h: number }
  | { readonly t: 'years'; readonly y1: number; readonly y2: number; readonly mark: YearMark };

export interface Item {
  readonly a: Piece;
  readonly b: Piece | null;
}

interface Matcher {
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray) => Item | null;
}

// A four-digit year with an optional « г»/« гг» token left by the normaliser.
const Y4 = '(\\d{4})(?:\\sгг?)?';
const UNIT = '(квартал[а-я]*|кв(?![а-я])\\.?|полугод[а-я]*|четверт[а-я]*)';
// School terms (четверти) in months.
const TERMS: readonly (readonly [number, number])[] = [
  [9, 10],
  [11, 12],
  [1, 3],
  [4, 5],
];

function year4(s: string | undefined): number | null | undefined {
  if (s === undefined) return null;
  const y = Number(s);
  return isPlanYear(y) ? y : undefined;
}

function shortOrLongYear(s: string | undefined): number | null | undefined {
  if (s === undefined) return null;
  return s.length === 2 ? 2000 + Number(s) : year4(s);
}

function day(y: number | null, m: number, d: number): Piece | null {
  return isValidYmd(y ?? 2000, m, d) ? { t: 'day', y, m, d } : null;
}

function single(p: Piece | null): Item | null {
  return p ? { a: p, b: null } : null;
}

function pair(a: Piece | null, b: Piece | null): Item | null {
  return a && b ? { a, b } : null;
}

function unitPiece(unit: string, n: number, y: number | null): Piece | null {
  if (unit.startsWith('п')) return n <= 2 ? { t: 'half', y, h: n } : null;
  if (unit.startsWith('ч')) {
    const term = TERMS[n - 1];
    return term ? { t: 'block', y, m1: term[0], m2: term[1] } : null;
  }
  return { t: 'block', y, m1: 3 * n - 2, m2: 3 * n };
}

/** A half-year or term of a named school year: «II полугодие 2022/2023 уч» runs from January to the year's end. */
function schoolPiece(unit: string, n: number, y1: number): Piece | null {
  if (unit.startsWith('п')) {
    if (n > 2) return null;
    return n === 1 ? { t: 'block', y: y1, m1: 9, m2: 12 } : { t: 'block', y: y1 + 1, m1: 1, m2: 8 };
  }
  const term = TERMS[n - 1];
  return term ? { t: 'block', y: term[0] >= 9 ? y1 : y1 + 1, m1: term[0], m2: term[1] } : null;
}

function sticky(src: string): RegExp {
  return new RegExp(src, 'y');
}

const MATCHERS: readonly Matcher[] = [
  {
    // «2021-2022 уч», «2021/22», «2021-2024 гг»
    re: sticky('(\\d{4})[-/](\\d{4}|\\d{2})(?![\\d.])(?:\\s(уч|гг|г)(?![а-я]))?'),
    make: (m) => {
      const y1 = year4(m[1]);
      const raw = m[2] ?? '';
      const y2 = raw.length === 2 && y1 ? Math.floor(y1 / 100) * 100 + Number(raw) : year4(raw);
      if (!y1 || !y2) return null;
      return single({ t: 'years', y1, y2, mark: (m[3] as YearMark | undefined) ?? null });
    },
  },
  {
    // «21-30.06.2021», «с 1 по 15.09.2021»
    re: sticky('(\\d{1,2})(?:-|\\s(?:по|до)\\s)(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2})(?:\\sгг?)?)?(?!\\d)'),
    make: (m) => {
      const y = shortOrLongYear(m[4]);
      if (y === undefined) return null;
      const mo = Number(m[3]);
      return pair(day(y, mo, Number(m[1])), day(y, mo, Number(m[2])));
    },
  },
  {
    // «21.06.2021», «21/06/21», «06.02»
    re: sticky('(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}|\\d{2})(?:\\sгг?)?)?(?!\\d)'),
    make: (m) => {
      const y = shortOrLongYear(m[3]);
      return y === undefined ? null : single(day(y, Number(m[2]), Number(m[1])));
    },
  },
  {
    // «1-15 сентября 2021», «с 1 по 15 сентября»
    re: sticky(`(\\d{1,2})(?:-|\\s(?:по|до)\\s)(\\d{1,2})\\s?(${MONTH_SRC})(?:\\s?${Y4})?(?!\\d)`),
    make: (m) => {
      const y = year4(m[4]);
      const mo = monthOf(m[3] ?? '');
      if (y === undefined || mo === null) return null;
      return pair(day(y, mo, Number(m[1])), day(y, mo, Number(m[2])));
    },
  },
  {
    // «21 июня 2021», «1-го сентября»
    re: sticky(`(\\d{1,2})(?:-?(?:го|е|ое))?\\s?(${MONTH_SRC})(?:\\s?${Y4})?(?!\\d)`),
    make: (m) => {
      const y = year4(m[3]);
      const mo = monthOf(m[2] ?? '');
      if (y === undefined || mo === null) return null;
      return single(day(y, mo, Number(m[1])));
    },
  },
  {
    // «ii полугодие 2022/2023 уч», «i-ii четверть 2022-2023 уч»
    re: sticky(
      `(${ORD_SRC})(?:-(${ORD_SRC}))?\\s?(полугод[а-я]*|четверт[а-я]*)\\s?(\\d{4})[-/](\\d{4}|\\d{2})(?![\\d.])(?:\\s(?:уч|гг?)(?![а-я]))?`,
    ),
    make: (m) => {
      const y1 = year4(m[4]);
      const raw = m[5] ?? '';
      const y2 = raw.length === 2 && y1 ? Math.floor(y1 / 100) * 100 + Number(raw) : year4(raw);
      const n1 = ordinalOf(m[1] ?? '');
      const unit = m[3] ?? '';
      if (!y1 || y2 !== y1 + 1 || n1 === null) return null;
      if (m[2] === undefined) return single(schoolPiece(unit, n1, y1));
      const n2 = ordinalOf(m[2]);
      return n2 === null ? null : pair(schoolPiece(unit, n1, y1), schoolPiece(unit, n2, y1));
    },
  },
  {
    // «iv квартал 2022», «2 кв.», «i-ii полугодие», «3 четверть»
    re: sticky(`(${ORD_SRC})(?:-(${ORD_SRC}))?\\s?${UNIT}(?:\\s?${Y4})?(?!\\d)`),
    make: (m) => {
      const y = year4(m[4]);
      const n1 = ordinalOf(m[1] ?? '');
      const unit = m[3] ?? '';
      if (y === undefined || n1 === null) return null;
      if (m[2] === undefined) return single(unitPiece(unit, n1, y));
      const n2 = ordinalOf(m[2]);
      return n2 === null ? null : pair(unitPiece(unit, n1, y), unitPiece(unit, n2, y));
    },
  },
  {
    // «апрель», «мая 2022»
    re: sticky(`(${MONTH_SRC})(?:\\s?${Y4})?(?!\\d)`),
    make: (m) => {
      const y = year4(m[2]);
      const mo = monthOf(m[1] ?? '');
      if (y === undefined || mo === null) return null;
      return single({ t: 'block', y, m1: mo, m2: mo });
    },
  },
  {
    // «летом 2022», «в летний период», «весна 2023»: the months of the season (winter spans two years: not read).
    re: sticky(`(лет(?:о|ом|н(?:ий|ем|его)\\sпериод[а-я]*)|весн(?:а|ой|у)|осен(?:ь|ью))(?![а-я])(?:\\s?${Y4})?(?!\\d)`),
    make: (m) => {
      const y = year4(m[2]);
      const w = m[1] ?? '';
      if (y === undefined) return null;
      const [m1, m2] = w.startsWith('лет') ? [6, 8] : w.startsWith('весн') ? [3, 5] : [9, 11];
      return single({ t: 'block', y, m1, m2 });
    },
  },
  {
    // «2021», «2021 г», «2021 уч»
    re: sticky('(\\d{4})(?![\\d.])(?:\\s(уч|гг|г)(?![а-я]))?'),
    make: (m) => {
      const y = year4(m[1]);
      if (!y) return null;
      return single({ t: 'years', y1: y, y2: y, mark: (m[2] as YearMark | undefined) ?? null });
    },
  },
];

const RANGE_SEP = /-|\s(?:по|до)\s/y;
const LIST_SEP = /(?:[,;]\s?|\s)(?:(?:и|а также)\s)?(?:(?:с|со)\s)?/y;

function matchAt(s: string, pos: number): { item: Item; end: number } | null {
  for (const { re, make } of MATCHERS) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) continue;
    const item = make(m);
    if (item) return { item, end: re.lastIndex };
  }
  return null;
}

function skip(re: RegExp, s: string, pos: number): number {
  re.lastIndex = pos;
  return re.exec(s) ? re.lastIndex : -1;
}

/** Items of a body made only of dates, months, quarters and years; null if anything else is there. */
export function scanItems(body: string): Item[] | null {
  const items: Item[] = [];
  let pos = 0;
  let rangeOpen = false;
  while (pos < body.length) {
    const hit = matchAt(body, pos);
    if (!hit) return null;
    if (rangeOpen) {
      const last = items[items.length - 1];
      if (!last || hit.item.b !== null) return null;
      items[items.length - 1] = { a: last.a, b: hit.item.a };
      rangeOpen = false;
    } else {
      items.push(hit.item);
    }
    pos = hit.end;
    if (pos >= body.length) break;
    const afterRange = skip(RANGE_SEP, body, pos);
    if (afterRange > pos) {
      if (items[items.length - 1]?.b) return null;
      rangeOpen = true;
      pos = afterRange;
      continue;
    }
    const afterList = skip(LIST_SEP, body, pos);
    if (afterList <= pos) return null;
    pos = afterList;
  }
  return rangeOpen || items.length === 0 ? null : items;
}
