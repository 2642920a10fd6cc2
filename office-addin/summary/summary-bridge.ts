/**
 * «Справка» in the Excel task pane: the summary flow through the Excel adapter, and the Word file
 * of its data made in the pane by the справка kit (loaded on first use). Plans checked or tracked
 * in the pane are remembered, so the справка can be made while a tool sheet is open.
 */
import { isoToRu, type IsoDate } from '../../core/grid/grid';
import { ru } from '../../core/messages/ru';
import type { SummaryData } from '../../core/summary/summary-types';
import type { PanelBridge, SummaryBridge } from '../../panel/bridge';
import type { ExcelHost } from '../excel-host';
import { runSummary, type PlanMemory } from './summary-run';
import type { SpravkaKit } from './spravka-kit';

export interface SummaryDeps {
  readonly kit: () => Promise<SpravkaKit>;
  readonly today: () => IsoDate;
  readonly memory: PlanMemory;
}

export function officeSummaryBridge(host: ExcelHost, deps: SummaryDeps): SummaryBridge {
  let last: SummaryData | null = null;
  return {
    build: async () => {
      const result = await runSummary(host, deps.today(), deps.memory);
      if (result.ok && result.data) last = result.data;
      return { ok: result.ok, message: result.message, sentences: result.data?.sentences ?? [], sheet: result.written };
    },
    docx: async () => {
      const data = last;
      if (!data) throw new Error(ru.panel.summary.empty);
      const kit = await deps.kit();
      const name = ru.excel.summary.docxName(isoToRu(data.today));
      return { name, title: name, bytes: await kit.docx(data) };
    },
  };
}

/** The pane's bridge, with every plan it checks or tracks successfully remembered. */
export function rememberingPlans(bridge: PanelBridge, memory: PlanMemory): PanelBridge {
  const keep = <T extends { ok: boolean; sheet: string }>(r: T): T => {
    if (r.ok) memory.set(r.sheet);
    return r;
  };
  return {
    ...bridge,
    check: async () => keep(await bridge.check()),
    statuses: async () => keep(await bridge.statuses()),
    enableTracking: async () => keep(await bridge.enableTracking()),
    refreshTracking: async () => keep(await bridge.refreshTracking()),
  };
}
