/**
 * The conclusions of the справка, as numbered points. They only restate rows the tables print
 * (`PlanSummary`, `countRows`, `shareRange`), so the text and the tables cannot disagree.
 */
import { addDays } from '../grid/dates';
import { isoToRu, type IsoDate } from '../grid/grid';
import { ru } from '../messages/ru';
import type { StatusId } from '../status/control';
import { countRows, shareRange } from './checklist-lines';
import { ruPercent } from './numbers';
import type { ChecklistSummary, PlanSummary } from './summary-types';

const t = ru.summary.text;

/** After «выполнено», the statuses that occur, in the order a reader expects. */
const AFTER_DONE: readonly StatusId[] = ['in-progress', 'not-started', 'postponed', 'cancelled'];

/** The executor with the most overdue measures, when that says more than the total does. */
function mostOverdue(plan: PlanSummary): string | null {
  const named = plan.responsible.filter((r) => r.name !== ru.summary.noResponsible);
  const top = named.reduce<{ name: string; n: number } | null>(
    (best, r) => ((r.overdue ?? 0) > (best?.n ?? 0) ? { name: r.name, n: r.overdue ?? 0 } : best),
    null,
  );
  return top && top.n >= 2 && named.length > 1 ? t.mostOverdue(top.name, top.n) : null;
}

/** «Из 18 мероприятий плана выполнено 4 (22 %), в работе — 7 (39 %), …»; then the overdue, as a second point. */
function planPoints(plan: PlanSummary): string[] {
  const statuses = plan.statuses;
  if (!plan.tracked || !statuses) return [t.untracked(plan.items)];
  const line = (id: StatusId) => statuses.find((s) => s.id === id);
  const done = line('done');
  const rest = AFTER_DONE.flatMap((id) => {
    const s = line(id);
    return s && s.count > 0 ? [t.share(s.label.toLocaleLowerCase('ru'), s.count, ruPercent(s.percent))] : [];
  });
  const out = [t.plan(plan.items, `${done?.count ?? 0} (${ruPercent(done?.percent ?? 0)})`, rest)];
  const overdue = plan.controls?.find((c) => c.id === 'overdue');
  if (!overdue || overdue.count === 0) return [...out, t.noOverdue];
  const top = mostOverdue(plan);
  return [...out, [t.overdue(overdue.count, ruPercent(overdue.percent)), ...(top ? [top] : [])].join(' ')];
}

function upcomingPoint(plan: PlanSummary, today: IsoDate): string {
  const until = isoToRu(addDays(today, plan.upcomingDays));
  return plan.upcoming.length > 0
    ? t.upcoming(plan.upcomingDays, until, plan.upcoming.length)
    : t.noUpcoming(plan.upcomingDays, until);
}

function checklistPoints(c: ChecklistSummary): string[] {
  switch (c.state) {
    case 'none':
      return [t.noChecklists];
    case 'unreadable':
      return [t.unreadable];
    case 'not-collected':
      return [t.notCollected(c.sent)];
    case 'collected': {
      const rows = new Map(countRows(c.counts).map((r) => [r.key, r]));
      const n = (k: 'sent' | 'submitted' | 'accepted' | 'notSubmitted' | 'quarantined') => rows.get(k)?.count ?? 0;
      const p = (k: 'submitted' | 'notSubmitted') => ruPercent(rows.get(k)?.percent ?? 0);
      const first = t.checklists(
        n('sent'),
        n('submitted'),
        p('submitted'),
        n('accepted'),
        n('notSubmitted'),
        p('notSubmitted'),
      );
      const out = [n('quarantined') > 0 ? `${first} ${t.quarantined(n('quarantined'))}` : first];
      const range = c.answered > 0 ? shareRange(c.indicators) : null;
      if (range === null) return [...out, t.noAnswers];
      const { min, max } = range;
      out.push(
        min.pct === max.pct
          ? t.indicatorsSame(c.answered, ruPercent(min.pct))
          : t.indicatorsRange(c.answered, ruPercent(min.pct), min.id, ruPercent(max.pct), max.id),
      );
      return out;
    }
  }
}

/** The numbered points of «Выводы», in order. */
export function summarySentences(plan: PlanSummary, checklists: ChecklistSummary, today: IsoDate): string[] {
  return [...planPoints(plan), upcomingPoint(plan, today), ...checklistPoints(checklists)];
}
