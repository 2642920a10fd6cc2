/** «Проверить план» over a workbook: core picks the plan's sheet, then core's check runs on it. */
import type { Workbook } from 'exceljs';
import { checkGrid } from '../core/check/check';
import { checkFlow } from '../core/commands/check-flows';
import { runSync } from '../core/commands/flow';
import type { CheckReport } from '../core/commands/report';
import type { Issue } from '../core/check/issue';
import { ru } from '../core/messages/ru';
import type { Plan } from '../core/plan/plan';
import { choosePlanSheet } from '../core/plan/plan-sheet';
import { XlsxHost } from '../xlsx/host';
import { workbookToGrids } from '../xlsx/read';
import { CliFailure } from './failure';

export interface Checked {
  readonly plan: Plan;
  readonly issues: readonly Issue[];
  /** Which sheet was taken when another was as plausible, and how to choose it: for stderr. */
  readonly note: string | null;
}

/** The named sheet, or the sheet core finds the plan on; a reason not to go on is thrown. */
export function checkWorkbook(wb: Workbook, file: string, sheet: string | null): Checked {
  const choice = choosePlanSheet({ grids: workbookToGrids(wb), explicit: sheet, by: 'option' });
  if (!choice.ok) {
    if (choice.code === 'no-sheets') throw new CliFailure(ru.cli.noSheets(file));
    if (choice.code === 'all-empty') throw new CliFailure(ru.cli.allSheetsEmpty(file));
    throw new CliFailure(choice.message);
  }
  const outcome = checkGrid(choice.grid);
  if (!outcome.ok) throw new CliFailure(outcome.problem.message);
  return { plan: outcome.plan, issues: outcome.issues, note: choice.note };
}

/** Marks the plan in `wb` (in memory) as «Проверить план» does in Sheets and Excel: the hidden backup included. */
export function markWorkbook(wb: Workbook, sheet: string): CheckReport {
  const report = runSync(new XlsxHost(wb, sheet), checkFlow(sheet));
  if (!report.ok) throw new CliFailure(report.message);
  return report;
}
