/** «Проверить план» over a workbook: pick the sheet, read it into a grid, run core's check. */
import { isOwnReport, reportSheetName } from '../core/changes/marks';
import type { Workbook } from 'exceljs';
import { checkBook, checkGrid } from '../core/check/check';
import type { Issue } from '../core/check/issue';
import type { Grid } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import { BOOK_SHEETS } from '../core/summary/tool-sheets';
import type { Plan } from '../core/plan/plan';
import { CliFailure } from './failure';
import { isEmptyGrid, workbookToGrids, worksheetToGrid } from '../xlsx/read';

export interface Checked {
  readonly plan: Plan;
  readonly issues: readonly Issue[];
}

const fold = (s: string): string => s.trim().toLocaleLowerCase('ru');

/** The named sheet: exact name first, then ignoring case and edge spaces if that is unambiguous. */
function namedSheetGrid(wb: Workbook, name: string): Grid {
  const sheets = wb.worksheets;
  const exact = sheets.find((ws) => ws.name === name);
  const loose = sheets.filter((ws) => fold(ws.name) === fold(name));
  const ws = exact ?? (loose.length === 1 ? loose[0] : undefined);
  if (!ws)
    throw new CliFailure(
      ru.cli.sheetMissing(
        name,
        sheets.map((s) => s.name),
      ),
    );
  return worksheetToGrid(ws);
}

/** The sheets that may hold the plan: non-empty ones, not the tool's own report sheet. */
function candidateGrids(wb: Workbook, file: string): Grid[] {
  const grids = workbookToGrids(wb);
  if (grids.length === 0) throw new CliFailure(ru.cli.noSheets(file));
  const filled = grids.filter((g) => !isEmptyGrid(g));
  if (filled.length === 0) throw new CliFailure(ru.cli.allSheetsEmpty(file));
  // The tool's own report is never the plan: skip it when it is ours (a user's «Замечания» stays a candidate);
  // nor are its checklist and summary sheets («Журнал» holds dates enough to pass for a plan).
  const own = filled.filter((g) => !isOwnReport(g.values) && !BOOK_SHEETS.includes(g.sheet));
  return own.length > 0 ? own : filled;
}

/** Checks the named sheet, or else the sheet holding the plan; a reason not to go on is thrown. */
export function checkWorkbook(wb: Workbook, file: string, sheet: string | null): Checked {
  if (sheet !== null) {
    const outcome = checkGrid(namedSheetGrid(wb, sheet));
    if (!outcome.ok) throw new CliFailure(outcome.problem.message);
    return outcome;
  }
  const grids = candidateGrids(wb, file);
  const outcome = checkBook(grids);
  if (outcome.ok) return outcome;
  if (grids.length > 1) throw new CliFailure(ru.cli.noPlanInBook(grids.map((g) => g.sheet)));
  throw new CliFailure(outcome.problem.message);
}

/** The report sheet's name for this book: a user's own «Замечания» is never overwritten. */
export function reportNameIn(wb: Workbook): string {
  const existing = wb.getWorksheet(ru.report.sheetName);
  return reportSheetName(existing ? worksheetToGrid(existing).values : null);
}
