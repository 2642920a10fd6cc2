/**
 * The method's parameters: the federal defaults, overridden by the «Параметры» sheet when the
 * book has one (a row per parameter: its Russian name, its value). Created with the defaults
 * when absent, never rewritten: the official's values stay.
 */
import type { SheetChange } from '../changes/change-set';
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import type { VprParams } from './vpr-types';

export const DEFAULT_PARAMS: VprParams = {
  minParticipants: 20,
  informativeFrom: 50,
  z: 1.96,
  spearmanBelow: 0,
  cohortMinParticipants: 20,
  cohortMinSchools: 4,
  iqrFactor: 3,
  boundaryMinPupils: 5,
  boundaryWindow: 2,
  boundaryShare: 50,
  easyFrom: 70,
  hardTo: 35,
  easyGap: 10,
  hardGap: 15,
  raisedShare: 40,
};

const KEYS = Object.keys(DEFAULT_PARAMS) as (keyof VprParams)[];

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** «1,96» and 1.96 alike; null for anything that is not a finite number. */
function numberOf(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s|%/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export interface ParamsRead {
  readonly params: VprParams;
  /** Russian lines for values that could not be used. */
  readonly warnings: readonly string[];
}

/** The parameters from the sheet's rows (null: no sheet), defaults for whatever is missing. */
export function readParams(rows: readonly (readonly CellValue[])[] | null): ParamsRead {
  const out: Record<keyof VprParams, number> = { ...DEFAULT_PARAMS };
  const warnings: string[] = [];
  if (rows === null) return { params: out, warnings };
  const labels = ru.vpr.params.labels;
  const byLabel = new Map(KEYS.map((k) => [norm(labels[k]), k] as const));
  for (const row of rows) {
    const key = byLabel.get(norm(typeof row[0] === 'string' ? row[0] : ''));
    if (!key) continue;
    const raw = row[1] ?? null;
    const value = numberOf(raw);
    if (value === null || value < 0) warnings.push(ru.vpr.params.bad(labels[key], raw === null ? '' : String(raw)));
    else out[key] = value;
  }
  return { params: out, warnings };
}

/** The «Параметры» sheet with the defaults, for a book that has none. */
export function paramsSheet(): SheetChange {
  const p = ru.vpr.params;
  return {
    kind: 'sheet',
    name: ru.vpr.paramsSheet,
    rows: [[p.title], [], [...p.header], ...KEYS.map((k) => [p.labels[k], DEFAULT_PARAMS[k], p.notes[k]])],
    widths: [44, 12, 70],
    boldRows: [1, 3],
    wrapCols: [3],
  };
}
