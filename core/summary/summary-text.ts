/**
 * The short official-style text of the справка. It only restates numbers of `PlanSummary` and
 * `ChecklistSummary` (the tables), so the text and the tables cannot disagree.
 */
import { ru } from '../messages/ru';
import type { StatusId } from '../status/control';
import { ruPercent, wholePercent } from './numbers';
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

/** «Из 18 мероприятий плана выполнено 4 (22 %), в работе — 7 (39 %), …», then the overdue. */
function planSentences(plan: PlanSummary): string[] {
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
  out.push(t.overdue(overdue.count, ruPercent(overdue.percent)));
  const top = mostOverdue(plan);
  return top ? [...out, top] : out;
}

function upcomingSentence(plan: PlanSummary): string {
  return plan.upcoming.length > 0
    ? t.upcoming(plan.upcomingDays, plan.upcoming.length)
    : t.noUpcoming(plan.upcomingDays);
}

function checklistSentences(c: ChecklistSummary): string[] {
  switch (c.state) {
    case 'none':
      return [t.noChecklists];
    case 'unreadable':
      return [t.unreadable];
    case 'not-collected':
      return [t.notCollected(c.sent)];
    case 'collected': {
      const missing = c.notSubmitted.length;
      const out = [
        t.checklists(
          c.sent,
          c.submitted,
          ruPercent(wholePercent(c.submitted, c.sent)),
          c.accepted,
          missing,
          ruPercent(wholePercent(missing, c.sent)),
        ),
      ];
      if (c.quarantined) out.push(t.quarantined(c.quarantined));
      const shares = c.indicators.filter((i) => i.type === 'choice' && i.yesPercent !== null);
      if (shares.length === 0) {
        out.push(t.noAnswers);
        return out;
      }
      // The first indicator wins a tie, so the wording follows the template's order.
      const min = shares.reduce((a, b) => ((b.yesPercent ?? 0) < (a.yesPercent ?? 0) ? b : a));
      const max = shares.reduce((a, b) => ((b.yesPercent ?? 0) > (a.yesPercent ?? 0) ? b : a));
      const pct = (x: number | null): string => ruPercent(x ?? 0);
      out.push(
        min.yesPercent === max.yesPercent
          ? t.indicatorsSame(c.answered, pct(min.yesPercent))
          : t.indicatorsRange(c.answered, pct(min.yesPercent), min.id, pct(max.yesPercent), max.id),
      );
      return out;
    }
  }
}

export function summarySentences(plan: PlanSummary, checklists: ChecklistSummary): string[] {
  return [...planSentences(plan), upcomingSentence(plan), ...checklistSentences(checklists)];
}
