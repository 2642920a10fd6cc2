/**
 * The checklists' numbers as the справка prints them, computed once: the counts table and the
 * «Да» shares. The paragraph quotes these very rows, so the text cannot differ from the tables.
 */
import { COUNT_KEYS, type ChecklistCounts } from '../checklists/checklist-counts';
import { ru } from '../messages/ru';
import { percentsTo100, wholePercent } from './numbers';
import type { IndicatorLine } from './summary-types';

export interface CountRow {
  readonly key: (typeof COUNT_KEYS)[number];
  readonly label: string;
  readonly count: number;
  /** Share of the schools sent a file, whole per cent; «сдали» and «не сдали» add up to 100. */
  readonly percent: number;
}

export function countRows(c: ChecklistCounts): CountRow[] {
  const [submittedPct, missingPct] = percentsTo100([c.submitted, c.notSubmitted]);
  const pct: Record<(typeof COUNT_KEYS)[number], number> = {
    sent: c.sent > 0 ? 100 : 0,
    opened: wholePercent(c.opened, c.sent),
    submitted: submittedPct ?? 0,
    accepted: wholePercent(c.accepted, c.sent),
    quarantined: wholePercent(c.quarantined, c.sent),
    notSubmitted: missingPct ?? 0,
  };
  return COUNT_KEYS.map((key) => ({ key, label: ru.checklists.counts[key], count: c[key], percent: pct[key] }));
}

/** Choice indicators first (the charted ones, one block of rows), then number, date and link ones. */
export function indicatorOrder(lines: readonly IndicatorLine[]): IndicatorLine[] {
  return [...lines.filter((l) => l.type === 'choice'), ...lines.filter((l) => l.type !== 'choice')];
}

/** The «Да» share an indicator shows: only a yes/no/partly indicator has one. */
export const yesShare = (l: IndicatorLine): number | null => (l.type === 'choice' ? l.yesPercent : null);

/** The lowest and highest printed share (first in the table's order wins a tie); null without shares. */
export function shareRange(
  lines: readonly IndicatorLine[],
): { min: { id: string; pct: number }; max: { id: string; pct: number } } | null {
  let min: { id: string; pct: number } | null = null;
  let max: { id: string; pct: number } | null = null;
  for (const l of indicatorOrder(lines)) {
    const pct = yesShare(l);
    if (pct === null) continue;
    if (!min || pct < min.pct) min = { id: l.id, pct };
    if (!max || pct > max.pct) max = { id: l.id, pct };
  }
  return min && max ? { min, max } : null;
}
