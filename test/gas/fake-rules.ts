/**
 * Data validation and conditional-format rules of the Apps Script fake: immutable rules made by
 * builders, as in Apps Script. A rule remembers its ranges as areas of their sheets, so inserted
 * rows move and grow them the way Sheets does.
 */
import type { Area } from './fake-area';
import { inside } from './fake-area';
import { display } from './fake-cells';
import { FakeRange } from './fake-range';
import type { FakeSheet } from './fake-sheet';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  CHECKBOX: 'CHECKBOX',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
} as const;
type ValidationCriteria = (typeof DataValidationCriteria)[keyof typeof DataValidationCriteria];
export const BooleanCriteria = {
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
} as const;
type Criteria = (typeof BooleanCriteria)[keyof typeof BooleanCriteria];

export class FakeDataValidation {
  constructor(
    readonly criteria: ValidationCriteria,
    private readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  /** The dropdown's items; empty for the other criteria. */
  get list(): readonly string[] {
    const [items] = this.values;
    return this.criteria === 'VALUE_IN_LIST' && Array.isArray(items) ? (items as string[]) : [];
  }
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.values.map((v) => (Array.isArray(v) ? [...(v as unknown[])] : v));
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder {
  private criteria: { type: ValidationCriteria; values: unknown[] } | null = null;
  private allowInvalid = true;
  private helpText = '';
  requireValueInList(values: unknown, showDropdown = true): FakeDataValidationBuilder {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
      throw new Error('Exception: Invalid argument: values');
    this.criteria = { type: 'VALUE_IN_LIST', values: [[...(values as string[])], showDropdown] };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(n: unknown): FakeDataValidationBuilder {
    if (typeof n !== 'number') throw new Error('Exception: Invalid argument: number');
    this.criteria = { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [n] };
    return this;
  }
  requireDateOnOrAfter(date: unknown): FakeDataValidationBuilder {
    if (Object.prototype.toString.call(date) !== '[object Date]') throw new Error('Exception: Invalid argument: date');
    this.criteria = { type: 'DATE_ON_OR_AFTER', values: [date] };
    return this;
  }
  requireTextIsUrl(): FakeDataValidationBuilder {
    this.criteria = { type: 'TEXT_IS_VALID_URL', values: [] };
    return this;
  }
  setAllowInvalid(allow: boolean): FakeDataValidationBuilder {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: unknown): FakeDataValidationBuilder {
    if (typeof text !== 'string') throw new Error('Exception: Invalid argument: helpText');
    this.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error('Exception: A data validation rule needs criteria.');
    return new FakeDataValidation(this.criteria.type, this.criteria.values, this.allowInvalid, this.helpText);
  }
}

export class FakeBooleanCondition {
  constructor(
    readonly type: Criteria,
    private readonly values: readonly unknown[],
    readonly background: string | null,
  ) {}
  getCriteriaType(): Criteria {
    return this.type;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getBackground(): string | null {
    return this.background;
  }
  /** Fake only: does a cell showing `text` (value `value`) meet the condition? */
  holds(value: unknown, text: string): boolean {
    const [v] = this.values;
    if (this.type === 'TEXT_STARTS_WITH') return text.toLowerCase().startsWith(String(v).toLowerCase());
    if (this.type === 'TEXT_CONTAINS') return text.toLowerCase().includes(String(v).toLowerCase());
    return typeof value === 'number' && value > Number(v);
  }
}

export interface RuleTarget {
  readonly sheet: FakeSheet;
  readonly area: Area;
}

export class FakeConditionalRule {
  constructor(
    readonly condition: FakeBooleanCondition,
    readonly targets: readonly RuleTarget[],
  ) {}
  getRanges(): FakeRange[] {
    return this.targets.map((t) => new FakeRange(t.sheet, { ...t.area }));
  }
  getBooleanCondition(): FakeBooleanCondition {
    return this.condition;
  }
  getGradientCondition(): null {
    return null;
  }
}

export class FakeConditionalRuleBuilder {
  private criteria: { type: Criteria; values: unknown[] } | null = null;
  private background: string | null = null;
  private ranges: RuleTarget[] = [];
  private when(type: Criteria, value: unknown): FakeConditionalRuleBuilder {
    this.criteria = { type, values: [value] };
    return this;
  }
  whenTextStartsWith(text: string): FakeConditionalRuleBuilder {
    return this.when(BooleanCriteria.TEXT_STARTS_WITH, text);
  }
  whenTextContains(text: string): FakeConditionalRuleBuilder {
    return this.when(BooleanCriteria.TEXT_CONTAINS, text);
  }
  whenNumberGreaterThan(n: number): FakeConditionalRuleBuilder {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN, n);
  }
  setBackground(color: string | null): FakeConditionalRuleBuilder {
    this.background = color === null ? null : color.toLowerCase();
    return this;
  }
  setRanges(ranges: FakeRange[]): FakeConditionalRuleBuilder {
    // The rule keeps copies: later row inserts move the rule's areas, not the caller's ranges.
    this.ranges = ranges.map((r) => ({ sheet: r.sheet, area: { ...r.area } }));
    return this;
  }
  build(): FakeConditionalRule {
    if (!this.criteria) throw new Error('Exception: Conditional format rule cannot be built without a condition.');
    if (this.ranges.length === 0) throw new Error('Exception: Conditional format rule must have at least one range.');
    return new FakeConditionalRule(
      new FakeBooleanCondition(this.criteria.type, this.criteria.values, this.background),
      this.ranges,
    );
  }
}

/** Fake only: the fill a cell shows through the sheet's rules (the first rule that holds wins). */
export function conditionalFill(sheet: FakeSheet, row: number, col: number): string | null {
  const cell = sheet.peek(row, col);
  const value = cell?.value ?? '';
  const text = display(value, sheet.book.timeZone());
  const here = { row, col, rows: 1, cols: 1 };
  const rule = sheet.conditionalRules.find(
    (r) => r.targets.some((t) => inside(t.area, here)) && r.condition.holds(value, text),
  );
  return rule?.condition.background ?? null;
}
