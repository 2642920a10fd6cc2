/**
 * «Сводная справка» as data: the plan's title and period, the day it speaks of, the plan's and
 * the checklists' figures, the chart and the short text. Pure; works with whatever the book has.
 */
import { cellText, type Grid, type IsoDate } from '../grid/grid';
import { ru } from '../messages/ru';
import type { Plan } from '../plan/plan';
import { DUE_SOON_DAYS } from '../status/control';
import { statusReport, type StatusReport } from '../status/status-report';
import { chartData } from './summary-chart';
import { planSummary } from './plan-summary';
import { placeholderRequisites, type Requisites } from './requisites';
import { summarySentences } from './summary-text';
import type { ChecklistSummary, SummaryData } from './summary-types';

/** One horizon of «скоро срок» everywhere: «Контроль», `oko status`, the справка's list and text. */
export { DUE_SOON_DAYS };

export interface SummaryInput {
  readonly plan: Plan;
  readonly grid: Grid;
  readonly today: IsoDate;
  /** The status report of that plan on that day; computed when not given. */
  readonly status?: StatusReport;
  /** What the book says about checklists; none when not given. */
  readonly checklists?: ChecklistSummary;
  /** «Реквизиты» as read; placeholders when not given. */
  readonly requisites?: Requisites;
}

/** The title lines above the table as one line, or a neutral name when the plan has none. */
export function planTitle(plan: Plan, grid: Grid): string {
  const parts: string[] = [];
  for (const row of plan.titleRows) {
    const width = grid.values[row - 1]?.length ?? 0;
    for (let col = 1; col <= width; col++) {
      const text = cellText(grid, row, col).replace(/\s+/g, ' ').trim();
      if (text) parts.push(text);
    }
  }
  return parts.length ? parts.join(' ') : ru.summary.untitled(plan.sheet);
}

export function summaryData(input: SummaryInput): SummaryData {
  const { plan, grid, today } = input;
  const report = input.status ?? statusReport(plan, grid, today, DUE_SOON_DAYS);
  const tracked = plan.header.columns.status !== undefined;
  const planPart = planSummary(report, { tracked, upcomingDays: DUE_SOON_DAYS, dueSoonDays: DUE_SOON_DAYS });
  const checklists = input.checklists ?? { state: 'none' };
  return {
    sheet: plan.sheet,
    title: planTitle(plan, grid),
    period: plan.period ? { from: plan.period.from, to: plan.period.to } : null,
    today,
    plan: planPart,
    checklists,
    chart: chartData(checklists),
    sentences: summarySentences(planPart, checklists, today),
    requisites: input.requisites ?? placeholderRequisites(),
  };
}
