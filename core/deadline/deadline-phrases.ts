/**
 * Word-level classification of deadline texts that name no dates: recurrences
 * («ежегодно», «ежемесячно до 5 числа») and phrases («по графику», «постоянно», «по запросу»).
 * All patterns run on normalised text (lower case, ё → е).
 */

export type PhraseKind = 'on-request' | 'period' | 'continuous' | 'event';

export type Recurrence = 'annual' | 'monthly' | 'quarterly';

export interface RecurrenceHit {
  readonly every: Recurrence;
  /** The text without the recurrence words, for months and days. */
  readonly rest: string;
}

const MONTHLY_RE = /ежемесячн[а-я]*|(?:каждый|каждого|раз в|в)\sмесяц[а-я]*|помесячн[а-я]*/;
const QUARTERLY_RE = /ежекварталь?н[а-я]*|(?:каждый|каждого|раз в)\sквартал[а-я]*|поквартальн[а-я]*|по кварталам/;
const ANNUAL_RE = /ежегодн[а-я]*|(?:каждый|каждого|раз в|раза в)\sгод[а-я]*|ежегодно/;
// «до 25 числа», «не позднее 5-го числа каждого месяца».
const DAY_OF_MONTH_RE = /(?<!\d)(\d{1,2})(?:-?(?:го|е|ое|ого))?\s?числ[а-я]*/;
const MONTHS_NAMED_RE = /(?<![а-я])(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;

/** The recurrence the text states, checked from the finest («ежемесячно») to the coarsest. */
export function findRecurrence(s: string): RecurrenceHit | null {
  for (const [every, re] of [
    ['monthly', MONTHLY_RE],
    ['quarterly', QUARTERLY_RE],
    ['annual', ANNUAL_RE],
  ] as const) {
    const m = re.exec(s);
    if (m) return { every, rest: s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length) };
  }
  // «до 25 числа» alone is a monthly deadline; «25 числа мая» is not.
  if (DAY_OF_MONTH_RE.test(s) && !MONTHS_NAMED_RE.test(s)) return { every: 'monthly', rest: s };
  return null;
}

/** Day of month from «до 25 числа», or null. */
export function dayOfMonth(s: string): number | null {
  const m = DAY_OF_MONTH_RE.exec(s);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

// Checked in this order: a phrase saying «по запросу» is on request even inside «в течение года».
const PHRASES: readonly (readonly [PhraseKind, RegExp])[] = [
  [
    'on-request',
    /по запрос|запрос(?:ам|ов)(?![а-я])|по мере (?:необходимост|потребност)|по необходимост|при необходимост|по требовани|по заявк|по востребованност|в случае/,
  ],
  [
    'period',
    new RegExp(
      [
        '(?:в течени[еия]|на протяжении|в рамках)\\s(?:всего\\s)?(?:(?:учебного|календарного|отчетного|уч\\.?)\\s?)?(?:года|периода)(?![а-я])',
        '^(?:весь|в течение всего)\\s(?:(?:учебный|календарный|отчетный)\\s)?(?:год|период)(?![а-я])',
        '(?:весь|в течени[еия]|на|в)\\s(?:всего\\s)?(?:срок|период)[а-я]*\\s(?:действия|реализации)',
        'круглогодичн',
        'раз в (?:полугодие|четверть|триместр)',
        'по (?:четвертям|полугодиям|триместрам)',
        'кажд(?:ую|ой) четверт|кажд(?:ое|ого) полугоди',
      ].join('|'),
    ),
  ],
  [
    'continuous',
    /постоянн|(?<![а-я])текущ(?:ая|ий|ее|ей|ие|ем)(?![а-я])|в течени[еия] всего времени|систематическ|регулярн|непрерывн|бессрочн|ежедневн|еженедельн|всегда/,
  ],
  [
    'event',
    new RegExp(
      [
        'по результат',
        'по итог',
        'по график',
        'в соответствии',
        'согласно',
        'по план',
        'в период',
        'в ходе',
        'после',
        'по окончани',
        'по завершени',
        'в сроки',
        'в срок',
        'при проведени',
        'во время',
        'накануне',
        'перед ',
        'в дни',
        'в день',
        'до начала',
        'до проведения',
        'по мере поступлени',
        'по факту',
        'по приказ',
        'по распоряжени',
        'по решени',
        'по регламент',
        'в установленн',
        'в течени[еия] \\d*\\s?(?:дн|недел|месяц|рабоч)',
        'за \\d+\\s?(?:дн|недел|месяц|рабоч)',
      ].join('|'),
    ),
  ],
];

export function phraseKind(s: string): PhraseKind | null {
  for (const [kind, re] of PHRASES) if (re.test(s)) return kind;
  return null;
}

/** «до конца (учебного) года»: the end of the plan year. */
export const YEAR_END_BODY_RE = /^(?:(?:учебного|календарного|уч\.?)\s?)?года$/;
