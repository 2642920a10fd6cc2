/**
 * «Сводная справка» in Excel, for the ribbon and the pane alike: which sheet is the plan (the open
 * one, or — when a tool sheet is open — the plan last worked on here), the run, and a word on
 * the chart where this Excel cannot draw it.
 */
import { call, type Flow } from '../../core/commands/flow';
import type { IsoDate } from '../../core/grid/grid';
import { ru } from '../../core/messages/ru';
import { summaryFlow, type SummaryResult } from '../../core/summary/summary-flow';
import { TOOL_SHEETS } from '../../core/summary/tool-sheets';
import type { ExcelHost } from '../excel-host';
import { runExcel } from '../office-bridge';

/** The plan sheet last checked or tracked in this pane or command session. */
export interface PlanMemory {
  get(): string | null;
  set(sheet: string): void;
}

export function planMemory(): PlanMemory {
  let last: string | null = null;
  return { get: () => last, set: (sheet) => void (last = sheet) };
}

/** The open sheet unless it is one of ours; then the remembered plan, else core's «open the plan». */
export function* excelSummaryFlow(today: IsoDate, remembered: string | null): Flow<SummaryResult> {
  const active = yield* call('activeSheet');
  const sheet = TOOL_SHEETS.includes(active) && remembered !== null ? remembered : active;
  return yield* summaryFlow(today, sheet);
}

/** Runs the summary; remembers the plan it read; says so where the chart could not be drawn. */
export async function runSummary(host: ExcelHost, today: IsoDate, memory: PlanMemory): Promise<SummaryResult> {
  const result = await runExcel(host, excelSummaryFlow(today, memory.get()));
  if (!result.ok) return result;
  memory.set(result.sheet);
  if (host.charts || !result.data?.chart) return result;
  return { ...result, message: `${result.message} ${ru.excel.summary.chartUnsupported}` };
}
