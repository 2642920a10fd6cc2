/**
 * The plan period stated in a free text line such as a title: «на 2021-2024 гг.»,
 * «на 2020-2021 уч. год», «на 2020 год». Order dates («от 14.10.2020 № 218», «от 13 ноября
 * 2015 г. N 5976») are not periods.
 */
import type { IsoDate } from '../grid/grid';
import { academicSpan, calendarSpan, isPlanYear } from './academic-year';
import { normalizeText } from './deadline-text';
import { MONTH_SRC } from './ru-months';

export interface YearSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly academic: boolean;
}

/** A span as stated in a line, and whether the line really names a period («на 2021 год», «2021-2022 уч. год»). */
export interface YearStatement extends YearSpan {
  readonly named: boolean;
}

// Years that are not part of a dd.mm.yyyy date, an order number («№ 2021-10») or a longer number.
const SPAN_RE = /(?<![\d./№-])(?<!№\s)(\d{4})[-/](\d{4}|\d{2})(?![\d./-])(?:\s(уч|гг|г)(?![а-я]))?/g;
const YEAR_RE = /(?<![\d./№-])(?<!№\s)(\d{4})(?![\d./-])(?:\s(уч|гг|г)(?![а-я]))?/g;
// A «на …» / «в течение …» statement is the plan's own period, so it outranks any other year.
const LEAD_RE = /(?:^|[\s(])(?:на|в течени[еия]|в|за|период)\s$/;
const LEAD_WINDOW = 16;
// «13 ноября 2015 г.», «от 2015 г.»: the year of a date, not a period.
const DATE_BEFORE_RE = new RegExp(`(?:\\d{1,2}\\s?${MONTH_SRC}|(?:^|\\s)от)\\s?$`);
const DATE_WINDOW = 24;

interface Candidate {
  /** 4–3: a span of years (led by «на …» or not); 2: a year led by «на …»; 1: «2020 год» alone. */
  readonly score: number;
  readonly span: YearSpan;
}

function led(text: string, index: number): boolean {
  return LEAD_RE.test(text.slice(Math.max(0, index - LEAD_WINDOW), index));
}

function make(y1: number, y2: number, academic: boolean): YearSpan {
  const s = academic ? academicSpan(y1, y2) : calendarSpan(y1, y2);
  return { from: s.from, to: s.to, academic };
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  SPAN_RE.lastIndex = 0;
  for (let m = SPAN_RE.exec(text); m; m = SPAN_RE.exec(text)) {
    const y1 = Number(m[1]);
    const raw = m[2] ?? '';
    const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
    if (!isPlanYear(y1) || y2 < y1 || y2 - y1 > 10) continue;
    out.push({ score: led(text, m.index) ? 4 : 3, span: make(y1, y2, m[3] === 'уч') });
  }
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const y = Number(m[1]);
    if (!isPlanYear(y)) continue;
    const lead = led(text, m.index);
    // A bare number is not a year statement; it needs «на» before or «год» after.
    if (!lead && m[2] === undefined) continue;
    if (DATE_BEFORE_RE.test(text.slice(Math.max(0, m.index - DATE_WINDOW), m.index))) continue;
    out.push({ score: lead ? 2 : 1, span: make(y, y + (m[2] === 'уч' ? 1 : 0), m[2] === 'уч') });
  }
  return out;
}

export function parseYearStatement(text: string): YearStatement | null {
  let best: Candidate | null = null;
  for (const c of candidates(normalizeText(text))) if (!best || c.score > best.score) best = c;
  if (!best) return null;
  return { ...best.span, named: best.score >= 2 || best.span.academic };
}

export function parseYearSpan(text: string): YearSpan | null {
  const s = parseYearStatement(text);
  return s ? { from: s.from, to: s.to, academic: s.academic } : null;
}
