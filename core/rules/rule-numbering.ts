/** number-duplicate, number-gap, number-format: the numbering of items and numbered sections. */
import { ru } from '../messages/ru';
import { numberKey, parseNumber, type ItemNumber } from '../plan/numbering';
import type { Plan } from '../plan/plan';
import type { Issue } from '../check/issue';
import { issue, type Rule } from './rule';

interface Numbered {
  readonly row: number;
  readonly number: ItemNumber;
  readonly blockRow: number | null;
  /** The section an item belongs to; a section's own row for a section. */
  readonly sectionRow: number | null;
  readonly section: boolean;
  /** True for an item whose number sits alone in the number cell (a fix may rewrite it). */
  readonly ownCell: boolean;
}

/** Items and numbered sections in sheet order, Arabic numbering only. */
function numbered(plan: Plan): Numbered[] {
  const out: Numbered[] = [];
  for (const it of plan.items) {
    const n = it.number ? parseNumber(it.number) : null;
    if (n && !n.roman)
      out.push({
        row: it.row,
        number: n,
        blockRow: it.blockRow,
        sectionRow: it.sectionRow,
        section: false,
        ownCell: true,
      });
  }
  for (const s of plan.sections) {
    const n = s.number ? parseNumber(s.number) : null;
    if (n && !n.roman)
      out.push({ row: s.row, number: n, blockRow: s.blockRow, sectionRow: s.row, section: true, ownCell: false });
  }
  return out.sort((a, b) => a.row - b.row);
}

/** Items numbered anew in each section: «1. Организационные» 1, 2; «2. Контроль» 1, 2, 3. */
function restartsInSections(list: readonly Numbered[]): boolean {
  const lastTop = new Map<number | null, Numbered>();
  for (const n of list) {
    if (n.section || n.number.parts.length !== 1) continue;
    const prev = lastTop.get(n.blockRow);
    if (prev && n.number.parts[0] === 1 && prev.sectionRow !== n.sectionRow) return true;
    lastTop.set(n.blockRow, n);
  }
  return false;
}

/**
 * The runs numbered on their own: each year block (two blocks with the same label are still two)
 * and, where the plan numbers items anew in each section, each section's items and the sections.
 */
function runs(list: readonly Numbered[]): Numbered[][] {
  const restart = restartsInSections(list);
  const groups = new Map<string, Numbered[]>();
  for (const n of list) {
    const key = restart ? `${n.blockRow}|${n.section ? 's' : `i${n.sectionRow}`}` : `${n.blockRow}`;
    const group = groups.get(key);
    if (group) group.push(n);
    else groups.set(key, [n]);
  }
  return [...groups.values()];
}

export const numberDuplicate: Rule = {
  id: 'number-duplicate',
  check(plan) {
    const col = plan.header.columns.number ?? null;
    const issues: Issue[] = [];
    for (const group of runs(numbered(plan))) {
      const seen = new Map<string, number>();
      for (const n of group) {
        const key = numberKey(n.number.parts);
        const first = seen.get(key);
        if (first !== undefined)
          issues.push(issue('number-duplicate', 'error', n.row, col, ru.rules.numberDuplicate(n.number.raw, first)));
        else seen.set(key, n.row);
      }
    }
    return issues;
  },
};

export const numberGap: Rule = {
  id: 'number-gap',
  check(plan) {
    const col = plan.header.columns.number ?? null;
    const issues: Issue[] = [];
    for (const group of runs(numbered(plan))) {
      const lastChild = new Map<string, { last: number; raw: string }>();
      const present = new Set(group.map((m) => numberKey(m.number.parts)));
      for (const n of group) {
        const parts = n.number.parts;
        const parentKey = numberKey(parts.slice(0, -1));
        const prev = lastChild.get(parentKey);
        const own = parts[parts.length - 1] ?? 0;
        const expected = (prev?.last ?? 0) + 1;
        // A first child is only checked when its parent is in the plan («3.1» then «3.1.2»).
        const parentShown = parts.length === 1 || present.has(parentKey);
        if (own > expected && (prev || parentShown)) {
          const expectedRaw = [...parts.slice(0, -1), expected].join('.');
          issues.push(
            issue(
              'number-gap',
              'warning',
              n.row,
              col,
              ru.rules.numberGap(prev?.raw ?? parentKey, n.number.raw, expectedRaw),
            ),
          );
        }
        if (!prev || own > prev.last) lastChild.set(parentKey, { last: own, raw: n.number.raw });
      }
    }
    return issues;
  },
};

export const numberFormat: Rule = {
  id: 'number-format',
  check(plan) {
    const col = plan.header.columns.number ?? null;
    const all = numbered(plan);
    const issues: Issue[] = [];
    const asDates = new Set(plan.numbersAsDates);
    for (const n of all) {
      if (!asDates.has(n.row) || col === null) continue;
      const text = n.number.raw;
      issues.push(
        issue('number-format', 'warning', n.row, col, ru.rules.numberAsDate(text), {
          label: ru.fixes.renumber(text),
          edits: [{ row: n.row, col, value: text }],
        }),
      );
    }
    // One style per depth; sections numbered apart from their items may keep a style of their own.
    const apart = restartsInSections(all);
    const styleKey = (n: Numbered): string => `${apart && n.section ? 's' : 'i'}${n.number.parts.length}`;
    for (const key of new Set(all.map(styleKey))) {
      const level = all.filter((n) => styleKey(n) === key);
      const dotted = level.filter((n) => n.number.trailingDot).length;
      if (dotted === 0 || dotted === level.length || dotted * 2 === level.length) continue;
      const wantDot = dotted * 2 > level.length;
      for (const n of level) {
        if (n.number.trailingDot === wantDot) continue;
        const expected = n.number.parts.join('.') + (wantDot ? '.' : '');
        const fix =
          n.ownCell && col !== null
            ? { label: ru.fixes.renumber(expected), edits: [{ row: n.row, col, value: expected }] }
            : null;
        issues.push(issue('number-format', 'info', n.row, col, ru.rules.numberFormat(n.number.raw, expected), fix));
      }
    }
    return issues;
  },
};
