/** duplicate-item and duplicate-block: the same measure or the same year block written twice. */
import { ru } from '../messages/ru';
import type { Plan, PlanBlock, PlanItem } from '../plan/plan';
import { textKey } from '../text/normalize';
import type { Issue } from '../check/issue';
import { issue, type Rule } from './rule';

/** The wording of every level: in a plan by levels two rows may share one level's text. */
const keyOf = (t: string | undefined): string => (t ? textKey(t) : '');
const levelsKey = (it: PlanItem, activity = keyOf(it.text.activity)): string =>
  `${activity}|${keyOf(it.text.region)}|${keyOf(it.text.school)}`;

const itemKey = (it: PlanItem): string => `${it.number ?? ''}|${levelsKey(it)}`;

/** A block repeats another only for the same year: «2020 год» and «2021 год» may list the same measures. */
function blockKey(plan: Plan, block: PlanBlock): string {
  const items = plan.items
    .filter((it) => it.blockRow === block.row)
    .map(itemKey)
    .join('\n');
  return items ? `${block.year}\n${items}` : '';
}

/** Rows of blocks that repeat an earlier block, with that earlier block. */
export function repeatedBlocks(plan: Plan): Map<number, PlanBlock> {
  const seen = new Map<string, PlanBlock>();
  const repeats = new Map<number, PlanBlock>();
  for (const block of plan.blocks) {
    const key = blockKey(plan, block);
    const first = seen.get(key);
    if (first && key) repeats.set(block.row, first);
    else seen.set(key, block);
  }
  return repeats;
}

export const duplicateBlock: Rule = {
  id: 'duplicate-block',
  check(plan) {
    return [...repeatedBlocks(plan)].map(([row, first]) =>
      issue('duplicate-block', 'warning', row, null, ru.rules.duplicateBlock(first.label, first.row)),
    );
  },
};

export const duplicateItem: Rule = {
  id: 'duplicate-item',
  check(plan) {
    const col = plan.header.columns.activity ?? null;
    const repeats = repeatedBlocks(plan);
    const seen = new Map<string, number>();
    const issues: Issue[] = [];
    for (const it of plan.items) {
      if (it.blockRow !== null && repeats.has(it.blockRow)) continue;
      const text = textKey(it.text.activity ?? '');
      if (text.length < 20) continue;
      const k = `${it.blockRow ?? ''}|${levelsKey(it, text)}`;
      const first = seen.get(k);
      // A sub-row repeating its own measure's wording (a merged cell read into each row) is no repeat.
      if (first !== undefined && first !== it.parentRow)
        issues.push(issue('duplicate-item', 'warning', it.row, col, ru.rules.duplicateItem(first)));
      else seen.set(k, it.row);
    }
    return issues;
  },
};
