/**
 * «Объективность ВПР» as host-neutral flows (see core/commands/flow.ts). The files are read by
 * the host (they are not in the book); the book gives the «Параметры» and takes ONE apply: the
 * parameters sheet when it is missing, the analysis sheet rebuilt in place, its chart.
 */
import { call, type Flow } from '../commands/flow';
import { ru } from '../messages/ru';
import { analyse } from './analyse';
import { paramsSheet, readParams, type ParamsRead } from './params';
import type { ResultTable, VprAnalysis } from './vpr-types';
import { vprChanges, vprSheetName } from './vpr-sheet';

/** The parameters the book sets (its «Параметры» sheet), or the defaults: 1 read. */
export function* vprParamsFlow(): Flow<ParamsRead & { readonly hasSheet: boolean }> {
  const rows = yield* call('readToolSheet', ru.vpr.paramsSheet);
  return { ...readParams(rows), hasSheet: rows !== null };
}

export interface VprWritten {
  readonly sheet: string;
  readonly paramsCreated: boolean;
}

/** Writes an analysis made with the book's parameters: 2 reads, 1 apply. */
export function* vprWriteFlow(analysis: VprAnalysis): Flow<VprWritten> {
  const hasParams = (yield* call('readToolSheet', ru.vpr.paramsSheet)) !== null;
  const sheet = vprSheetName(yield* call('readToolSheet', ru.vpr.sheetName));
  yield* call('apply', [...(hasParams ? [] : [paramsSheet()]), ...vprChanges(analysis, sheet)]);
  return { sheet, paramsCreated: !hasParams };
}

export interface VprRun extends VprWritten {
  readonly analysis: VprAnalysis;
  /** Russian lines about the parameters sheet. */
  readonly warnings: readonly string[];
}

/** Read the parameters, analyse the tables, write: what the CLI and the Excel pane run. */
export function* vprFlow(tables: readonly ResultTable[]): Flow<VprRun> {
  const { params, warnings } = yield* vprParamsFlow();
  const analysis = analyse(tables, params);
  const written = yield* vprWriteFlow(analysis);
  return { ...written, analysis, warnings };
}
