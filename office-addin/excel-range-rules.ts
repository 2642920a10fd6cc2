/// <reference types="office-js" />
/**
 * Range-level changes through Office.js: a dropdown, colour rules and a number format are each
 * one call over the whole rectangle, never one per cell. Without the requirement set a rule is
 * skipped (the bridge tells the person so); the rest of the change set still applies.
 */
import type { ConditionalChange, FormatChange, ValidationChange } from '../core/changes/change-set';
import { ru } from '../core/messages/ru';
import { API, type ExcelEnv } from './excel-env';
import { jsonBytes, rangeA1 } from './excel-cells';
import { OP_BYTES, type Op } from './excel-ops';

const address = (c: { row: number; col: number; rows: number; cols: number }): string =>
  rangeA1(c.row, c.col, c.rows, c.cols);

/** The dropdown replaces whatever validation the range had; `allowOther` warns instead of refusing. */
export function validationOps(c: ValidationChange, env: ExcelEnv): Op[] {
  if (!env.supports(API.dataValidation) || c.rows < 1 || c.cols < 1) return [];
  // Office.js takes a literal list comma-separated whatever the locale; no item of ours has a comma.
  const source = c.list.join(',');
  const alert: Excel.DataValidationErrorAlert = {
    showAlert: true,
    style: c.allowOther ? 'Warning' : 'Stop',
    title: ru.excel.validationAlert.title,
    message: c.allowOther ? ru.excel.validationAlert.warning : ru.excel.validationAlert.stop,
  };
  const at = address(c);
  return [
    {
      bytes: 3 * OP_BYTES + jsonBytes(source) + jsonBytes(alert),
      queue: (s) => {
        const dv = s.sheet(c.sheet).getRange(at).dataValidation;
        // Setting a rule over cells that carry other validations fails: clear them first.
        dv.clear();
        dv.rule = { list: { inCellDropDown: true, source } };
        dv.errorAlert = alert;
      },
    },
  ];
}

/** The tool's colour rules over the range: earlier ones there are cleared, so twice adds nothing. */
export function conditionalOps(c: ConditionalChange, env: ExcelEnv): Op[] {
  if (!env.supports(API.conditionalFormats) || c.rows < 1 || c.cols < 1) return [];
  const at = address(c);
  return [
    {
      bytes: (1 + 3 * c.rules.length) * OP_BYTES + jsonBytes(c.rules),
      queue: (s) => {
        const formats = s.sheet(c.sheet).getRange(at).conditionalFormats;
        formats.clearAll();
        for (const rule of c.rules) {
          // String literals rather than Excel.ConditionalFormatType: the same values, no enum global needed.
          const text = formats.add('ContainsText').textComparison;
          text.rule = { operator: 'BeginsWith', text: rule.prefix };
          text.format.fill.color = rule.fill;
        }
      },
    },
  ];
}

/** One numberFormat write sized to the rectangle. */
export function formatOps(c: FormatChange): Op[] {
  if (c.rows < 1 || c.cols < 1) return [];
  const formats = Array.from({ length: c.rows }, () => new Array<string>(c.cols).fill(c.numberFormat));
  const at = address(c);
  return [
    { bytes: OP_BYTES + jsonBytes(formats), queue: (s) => void (s.sheet(c.sheet).getRange(at).numberFormat = formats) },
  ];
}
