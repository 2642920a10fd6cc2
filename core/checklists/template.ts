/**
 * The checklist template: indicators with an answer type and a required flag. The id names the
 * book's template for good; the version is a hash of the indicators, so any edit changes it and
 * files sent before the edit are recognised as stale. Id and hash are for matching files only;
 * people see the version by its date («версия от ДД.ММ.ГГГГ»).
 */
import type { IsoDate } from '../grid/grid';
import { isoToRu } from '../grid/grid';
import { ru } from '../messages/ru';
import { shortHash } from './short-hash';

/** `choice`: Да / Нет / Частично; the others are a number, a date or a link (URL). */
export type AnswerType = 'choice' | 'number' | 'date' | 'link';

export const ANSWER_TYPES: readonly AnswerType[] = ['choice', 'number', 'date', 'link'];

export interface Indicator {
  /** The code shown in column A of a school file, e.g. `2.1`. */
  readonly id: string;
  readonly text: string;
  readonly type: AnswerType;
  readonly required: boolean;
  /** A hint for schools (a note on the indicator); not part of the version. */
  readonly hint: string;
}

export interface Template {
  readonly id: string;
  readonly version: string;
  readonly indicators: readonly Indicator[];
  /** The day this version of the indicators was made; null when not known (edited since, old book). */
  readonly date: IsoDate | null;
}

/** The id of a template sheet that has no «Шаблон чек-листа» line (made by hand). */
export const FALLBACK_TEMPLATE_ID = 'oko-checklist';

/** Whitespace (non-breaking spaces, line breaks, runs) collapsed to single spaces, edges trimmed. */
export function normText(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** The version of a list of indicators: what a school file must match to be merged. */
export function templateVersion(indicators: readonly Indicator[]): string {
  return shortHash(
    indicators.map((i) => [normText(i.id), normText(i.text), i.type, i.required ? '1' : '0'].join('\t')).join('\n'),
  );
}

export function makeTemplate(id: string, indicators: readonly Indicator[], date: IsoDate | null = null): Template {
  return { id, version: templateVersion(indicators), indicators, date };
}

/** How a person reads a version: «версия от 03.12.2026», or «версия без даты» — never the hash. */
export function versionName(date: IsoDate | null): string {
  const m = ru.checklists.version;
  return date ? m.of(isoToRu(date)) : m.undated;
}

/** A new template id, stable once written into the book; `seed` makes two books differ (path, time). */
export function newTemplateId(seed: string): string {
  return `CL-${shortHash(seed, 8).toUpperCase()}`;
}
