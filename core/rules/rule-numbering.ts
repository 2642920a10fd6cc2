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
  /** True for an item whose number sits alone in the number cell (a fix may rewrite it). */
  readonly ownCell: boolean;
}

/** Items and numbered sections in sheet order, Arabic numbering only. */
function numbered(plan: Plan): Numbered[] {
  const out: Numbered[] = [];
  for (const it of plan.items) {
    const n = it.number ? parseNumber(it.number) : null;
    if (n && !n.roman) out.push({ row: it.row, number: n, blockRow: it.blockRow, ownCell: true });
  }
  for (const s of plan.sections) {
    const n = s.number ? parseNumber(s.number) : null;
    if (n && !n.roman) out.push({ row: s.row, number: n, blockRow: s.blockRow, ownCell: false });
  }
  return out.sort((a, b) => a.row - b.row);
}

/** Numbering restarts in each year block; two blocks with the same label are still two. */
function byBlock(list: readonly Numbered[]): Numbered[][] {
  const groups: Numbered[][] = [];
  let current: Numbered[] | null = null;
  for (const n of list) {
    if (!current || current[0]?.blockRow !== n.blockRow) {
      current = [];
      groups.push(current);
    }
    current.push(n);
  }
  return groups;
}

export const numberDuplicate: Rule = {
  id: 'number-duplicate',
  check(plan) {
    const col = plan.header.columns.number ?? null;
    const issues: Issue[] = [];
    for (const group of byBlock(numbered(plan))) {
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
    for (const group of byBlock(numbered(plan))) {
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
    const depths = new Set(all.map((n) => n.number.parts.length));
    for (const depth of depths) {
      const level = all.filter((n) => n.number.parts.length === depth);
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
