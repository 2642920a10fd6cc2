/**
 * responsible-unseparated: two executors glued without a separator. The plan teaches the rule:
 * executors that stand alone elsewhere in the same plan are recognised inside a glued cell.
 */
import { cellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import type { Plan } from '../plan/plan';
import { clean, startsUpper, textKey } from '../text/normalize';
import type { Issue } from '../check/issue';
import { issue, type Rule } from './rule';
import { splitPeople } from './executor-people';

const SEPARATORS = /\s*[,;\n]\s*/;

/** Words that open a new executor when capitalised after a lower-case word. */
const ROLE_WORD =
  /^(руководител|заместител|специалист|начальник|директор|методист|педагог|учител|координатор|эксперт|наблюдател|председател|член|сотрудник|работник|управлени|отдел|комитет|муниципальн|независим|общественн|ответственн)/;

const isAbbreviation = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
const endsLower = (w: string): boolean => /[а-яёa-z][).»"]?$/.test(w);

/**
 * Every separated executor the plan names, as comparison keys. A part that is itself glued (two
 * executors the plan knows, or two people) is not learned: a fix must not propose it as one executor.
 */
export function knownExecutors(plan: Plan): Set<string> {
  const parts = new Map<string, string>();
  for (const it of plan.items) {
    for (const part of (it.text.responsible ?? '').split(SEPARATORS)) {
      const key = textKey(part);
      if (key) parts.set(key, part);
    }
  }
  const known = new Set(parts.keys());
  for (const [key, part] of parts) {
    known.delete(key);
    if (splitGlued(part, known).length === 1) known.add(key);
  }
  return known;
}

/** A part may stand alone: two words or more, or one real word (not a lone abbreviation). */
function canStand(words: readonly string[], known: Set<string>): boolean {
  if (words.length >= 2) return true;
  const w = words[0] ?? '';
  return w.length >= 5 && !isAbbreviation(w) && known.has(textKey(w));
}

/** Split a glued executor phrase into its parts; one part means nothing was glued. */
export function splitGlued(phrase: string, known: Set<string>): string[] {
  const words = clean(phrase).split(' ').filter(Boolean);
  const people = splitPeople(words);
  if (people) return people;
  for (let i = 1; i < words.length; i++) {
    const head = words.slice(0, i);
    const rest = words.slice(i);
    if (!startsUpper(rest[0] ?? '') || !canStand(head, known) || !canStand(rest, known)) continue;
    const headKnown = known.has(textKey(head.join(' ')));
    const restKnown = known.has(textKey(rest.join(' ')));
    const prev = words[i - 1] ?? '';
    const next = rest[0] ?? '';
    const roleStart = endsLower(prev) && !isAbbreviation(next) && ROLE_WORD.test(next.toLowerCase());
    if (headKnown || restKnown || roleStart) return [head.join(' '), ...splitGlued(rest.join(' '), known)];
  }
  return [clean(phrase)];
}

export const responsibleUnseparated: Rule = {
  id: 'responsible-unseparated',
  check(plan, grid) {
    const col = plan.header.columns.responsible;
    if (col === undefined) return [];
    const known = knownExecutors(plan);
    const issues: Issue[] = [];
    // Plans repeat the same executors row after row: split each distinct text once.
    const cache = new Map<string, string[]>();
    const splitOnce = (s: string): string[] => {
      let parts = cache.get(s);
      if (!parts) cache.set(s, (parts = splitGlued(s, known)));
      return parts;
    };
    for (const it of plan.items) {
      const text = it.text.responsible ?? '';
      const segments = text.split(SEPARATORS).filter(Boolean);
      const split = segments.map(splitOnce);
      const glued = split.filter((parts) => parts.length > 1);
      if (glued.length === 0) continue;
      const raw = cellValue(grid, it.row, col);
      const fixable = it.continuations.length === 0 && typeof raw === 'string';
      const fix = fixable
        ? { label: ru.fixes.split, edits: [{ row: it.row, col, value: split.flat().join(', ') }] }
        : null;
      issues.push(
        issue('responsible-unseparated', 'warning', it.row, col, ru.rules.responsibleUnseparated(glued.flat()), fix),
      );
    }
    return issues;
  },
};
