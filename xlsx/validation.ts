/**
 * ExcelJS's sheet-level data validations, typed (its typings leave them out). Validations are
 * added per range: per-cell ones get merged by ExcelJS with addresses sorted as text (C10 < C2),
 * which writes overlapping ranges that Excel may flag.
 */
import type { DataValidation, Worksheet } from 'exceljs';

interface RangeValidations {
  add(address: string, validation: DataValidation): void;
}

export function rangeValidations(ws: Worksheet): RangeValidations {
  const dvs: unknown = Reflect.get(ws, 'dataValidations');
  if (typeof dvs === 'object' && dvs !== null && typeof Reflect.get(dvs, 'add') === 'function')
    return dvs as RangeValidations;
  throw new Error('ExcelJS worksheet without dataValidations');
}
