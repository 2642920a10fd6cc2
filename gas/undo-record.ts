/** The undo record comes back from the sidebar as JSON: check its shape before core trusts it. */
import type { UndoRecord } from '../core/changes/fix-apply';
import type { CellEdit } from '../core/check/issue';
import type { CellValue } from '../core/grid/grid';

type Before = UndoRecord['before'][number];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

function isCellValue(v: unknown): v is CellValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return true;
  if (!isObject(v) || Object.keys(v).length !== 1) return false;
  return (typeof v.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.date)) || typeof v.error === 'string';
}

const isEdit = (v: unknown): v is CellEdit =>
  isObject(v) && isIndex(v.row) && isIndex(v.col) && (v.value === null || typeof v.value === 'string');
const isBefore = (v: unknown): v is Before => isObject(v) && isIndex(v.row) && isIndex(v.col) && isCellValue(v.value);

/** The record, or null when the text is not an undo record ОКО-план made. */
export function parseUndoRecord(json: string): UndoRecord | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(v) || typeof v.sheet !== 'string' || typeof v.label !== 'string') return null;
  const { wrote, before } = v;
  if (!Array.isArray(wrote) || !Array.isArray(before) || !wrote.every(isEdit) || !before.every(isBefore)) return null;
  return {
    sheet: v.sheet,
    label: v.label,
    wrote: wrote.map(({ row, col, value }) => ({ row, col, value })),
    before: before.map(({ row, col, value }) => ({ row, col, value })),
  };
}
