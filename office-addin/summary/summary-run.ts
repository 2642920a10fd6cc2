/**
 * «Сводная справка» in Excel, for the ribbon and the pane alike: core's flow takes the open sheet,
 * or — from a tool sheet — the plan last worked on here, else the plan core finds in the book;
 * and a word on the chart where this Excel cannot draw it.
 */
import type { IsoDate } from '../../core/grid/grid';
import { ru } from '../../core/messages/ru';
import { openPlanSummaryFlow, type SummaryResult } from '../../core/summary/summary-flow';
import type { ExcelHost } from '../excel-host';
import { READ_AHEAD, runExcel } from '../office-bridge';

/** The plan sheet last checked or tracked in this pane or command session. */
export interface PlanMemory {
  get(): string | null;
  set(sheet: string): void;
}

export function planMemory(): PlanMemory {
  let last: string | null = null;
  return { get: () => last, set: (sheet) => void (last = sheet) };
}

/** Runs the summary; remembers the plan it read; says so where the chart could not be drawn. */
export async function runSummary(host: ExcelHost, today: IsoDate, memory: PlanMemory): Promise<SummaryResult> {
  const result = await runExcel(host, openPlanSummaryFlow(today, memory.get()), READ_AHEAD.summary);
  if (!result.ok) return result;
  memory.set(result.sheet);
  if (host.charts || !result.data?.chart) return result;
  return { ...result, message: `${result.message} ${ru.excel.summary.chartUnsupported}` };
}
