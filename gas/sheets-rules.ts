/**
 * Range-level rules on the plan: number formats, the status dropdown, the colour rules of
 * «Контроль». One call per rectangle; a sheet's conditional rules read once and written once.
 */
import type { CellRange } from '../core/grid/grid';
import type { ConditionalChange, FormatChange, ValidationChange } from '../core/changes/change-set';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export type RuleChange = ValidationChange | ConditionalChange | FormatChange;

/** The rectangle a rule change covers; empty ones (a plan with no rows) are skipped. */
export const areaOf = (c: RuleChange): CellRange => ({ row: c.row, col: c.col, rows: c.rows, cols: c.cols });
export const hasArea = (c: RuleChange): boolean => c.rows >= 1 && c.cols >= 1;

const rangeOf = (sheet: Sheet, c: RuleChange): Range => sheet.getRange(c.row, c.col, c.rows, c.cols);

export function writeFormats(sheetOf: (name: string) => Sheet, changes: readonly FormatChange[]): void {
  for (const c of changes.filter(hasArea)) rangeOf(sheetOf(c.sheet), c).setNumberFormat(c.numberFormat);
}

/** One dropdown per rectangle; it replaces whatever validation the cells had. */
export function writeValidations(sheetOf: (name: string) => Sheet, changes: readonly ValidationChange[]): void {
  for (const c of changes.filter(hasArea)) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...c.list], true)
      .setAllowInvalid(c.allowOther)
      .build();
    rangeOf(sheetOf(c.sheet), c).setDataValidation(rule);
  }
}

const sameRows = (r: Range, c: ConditionalChange): boolean =>
  r.getRow() < c.row + c.rows && c.row < r.getRow() + r.getNumRows();

/**
 * An earlier rule of the tool for this change: «text starts with» one of its prefixes, over the
 * same columns. Rows may differ: rows inserted below the plan's end are not in the old range.
 */
function replaces(rule: Rule, change: ConditionalChange): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.TEXT_STARTS_WITH) return false;
  const values: unknown[] = condition.getCriteriaValues();
  if (!change.rules.some((r) => r.prefix === values[0])) return false;
  const ranges = rule.getRanges();
  return (
    ranges.length > 0 &&
    ranges.every((r) => r.getColumn() === change.col && r.getNumColumns() === change.cols && sameRows(r, change))
  );
}

/** The official's own rules stay, in their order; the tool's take the place of its earlier ones. */
export function writeConditionals(sheetOf: (name: string) => Sheet, changes: readonly ConditionalChange[]): void {
  const bySheet = new Map<string, ConditionalChange[]>();
  for (const c of changes.filter(hasArea)) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [name, list] of bySheet) {
    const sheet = sheetOf(name);
    const current = sheet.getConditionalFormatRules();
    const old = (rule: Rule): boolean => list.some((c) => replaces(rule, c));
    const added = list.flatMap((c) =>
      c.rules.map((r) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextStartsWith(r.prefix)
          .setBackground(r.fill)
          .setRanges([rangeOf(sheet, c)])
          .build(),
      ),
    );
    const first = current.findIndex(old);
    const kept = current.filter((rule) => !old(rule));
    const at = first < 0 ? kept.length : first;
    sheet.setConditionalFormatRules([...kept.slice(0, at), ...added, ...kept.slice(at)]);
  }
}
