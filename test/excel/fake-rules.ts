/**
 * Range-level rules of the fake: `range.dataValidation` (ExcelApi 1.8) and
 * `range.conditionalFormats` with text comparison (ExcelApi 1.6). Each call is one queued action
 * over the whole rectangle, counted in the stats, so a test can tell a range call from cell calls.
 */
import type { FakeConditional, FakeValidation } from './fake-book';
import { intersects, sameRect, subtract } from './fake-rects';
import { ClientObject, FakeClientResult, FakeOfficeError, type Batch } from './fake-runtime';
import type { RangeTarget } from './fake-range';

/** Excel keeps at most 255 characters of a literal list. */
const LIST_LIMIT = 255;
const ALERT_STYLES = new Set(['Stop', 'Warning', 'Information']);
const TEXT_OPERATORS = new Set(['Contains', 'NotContains', 'BeginsWith', 'EndsWith']);
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function listRule(rule: unknown): FakeValidation['rule'] {
  const list = typeof rule === 'object' && rule !== null && 'list' in rule ? rule.list : null;
  const keys = typeof rule === 'object' && rule !== null ? Object.keys(rule) : [];
  if (keys.length !== 1 || typeof list !== 'object' || list === null)
    throw new FakeOfficeError('InvalidArgument', 'fake: only list validation rules');
  const source = 'source' in list ? list.source : undefined;
  const dropDown = 'inCellDropDown' in list ? list.inCellDropDown : true;
  if (typeof source !== 'string' || source === '' || source.length > LIST_LIMIT)
    throw new FakeOfficeError('InvalidArgument', `Bad list source «${String(source)}».`);
  return { list: { inCellDropDown: dropDown !== false, source } };
}

export class FakeDataValidation extends ClientObject<RangeTarget> {
  protected readonly loadable = ['rule', 'type', 'errorAlert', 'ignoreBlanks'];

  /** The one validation covering the whole range, null when none, 'mixed' when several differ. */
  private single(t: RangeTarget): FakeValidation | null | 'mixed' {
    const found = t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
    if (found.length === 0) return null;
    const first = found[0];
    const covers = found.length === 1 && first && subtract(t.rect, first.rect).length === 0;
    return covers && first ? first : 'mixed';
  }

  protected readProp(t: RangeTarget, name: string): unknown {
    const v = this.single(t);
    if (v === 'mixed') return name === 'type' ? 'Inconsistent' : null;
    if (name === 'type') return v ? 'List' : 'None';
    if (name === 'rule') return v ? v.rule : {};
    if (name === 'ignoreBlanks') return v ? v.ignoreBlanks : true;
    return v ? v.errorAlert : { showAlert: true, style: 'Stop', title: '', message: '' };
  }

  get rule(): unknown {
    return this.read('rule');
  }
  set rule(rule: unknown) {
    this.act('dataValidation.rule', rule, (t) => {
      const parsed = listRule(rule);
      // Conservative, as the adapter must assume: a rule over cells with other validation is refused.
      if (t.sheet.validations.some((v) => intersects(v.rect, t.rect))) {
        throw new FakeOfficeError('InvalidOperation', 'The range already has data validation: clear it first.');
      }
      t.sheet.validations.push({
        rect: t.rect,
        rule: parsed,
        errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
        ignoreBlanks: true,
      });
    });
  }

  get errorAlert(): unknown {
    return this.read('errorAlert');
  }
  set errorAlert(alert: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.act('dataValidation.errorAlert', alert, (t) => {
      if (alert.style !== undefined && !ALERT_STYLES.has(alert.style))
        throw new FakeOfficeError('InvalidArgument', `Bad alert style ${alert.style}.`);
      const mine = t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
      if (mine.length === 0) throw new FakeOfficeError('InvalidOperation', 'No data validation rule on the range.');
      for (const v of mine) v.errorAlert = { ...v.errorAlert, ...alert };
    });
  }

  set ignoreBlanks(on: boolean) {
    this.act('dataValidation.ignoreBlanks', on, (t) => {
      for (const v of t.sheet.validations.filter((x) => intersects(x.rect, t.rect))) v.ignoreBlanks = on;
    });
  }

  clear(): void {
    this.act('dataValidation.clear', null, (t) => {
      t.sheet.validations = t.sheet.validations.flatMap((v) =>
        subtract(v.rect, t.rect).map((rect) => ({ ...v, rect })),
      );
    });
  }
}

class FakeConditionalFill extends ClientObject<FakeConditional> {
  protected readonly loadable = ['color'];
  protected readProp(t: FakeConditional): unknown {
    return t.fill;
  }
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.act('textComparison.format.fill.color', color, (t) => {
      if (!COLOR.test(color)) throw new FakeOfficeError('InvalidArgument', `Bad colour ${color}.`);
      t.fill = color.toUpperCase();
    });
  }
}

class FakeTextComparison extends ClientObject<FakeConditional> {
  protected readonly loadable = ['rule'];
  readonly format: { readonly fill: FakeConditionalFill };

  constructor(batch: Batch, path: string, resolver: () => FakeConditional | null) {
    super(batch, path, resolver);
    this.format = { fill: new FakeConditionalFill(batch, `${path}.format.fill`, resolver) };
  }

  protected readProp(t: FakeConditional): unknown {
    return t.rule;
  }
  get rule(): unknown {
    return this.read('rule');
  }
  set rule(rule: { operator: string; text: string }) {
    this.act('textComparison.rule', rule, (t) => {
      if (!TEXT_OPERATORS.has(rule.operator) || typeof rule.text !== 'string')
        throw new FakeOfficeError('InvalidArgument', 'Bad text rule.');
      t.rule = { operator: rule.operator, text: rule.text };
    });
  }
}

export class FakeConditionalFormat extends ClientObject<FakeConditional> {
  protected readonly loadable = ['type'];
  readonly textComparison: FakeTextComparison;

  constructor(batch: Batch, path: string, resolver: () => FakeConditional | null) {
    super(batch, path, resolver);
    this.textComparison = new FakeTextComparison(batch, `${path}.textComparison`, () => {
      const cf = resolver();
      // Office.js: the text comparison of a format of another type is not there.
      if (cf && cf.type !== 'ContainsText')
        throw new FakeOfficeError('InvalidOperation', `A ${cf.type} format has no textComparison.`);
      return cf;
    });
  }

  protected readProp(t: FakeConditional): unknown {
    return t.type;
  }
}

const CF_TYPES = new Set([
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
]);

export class FakeConditionalFormatCollection extends ClientObject<RangeTarget> {
  protected readonly loadable: readonly string[] = [];
  protected readProp(): unknown {
    return null;
  }

  add(type: string): FakeConditionalFormat {
    let made: FakeConditional | null = null;
    this.act('conditionalFormats.add', type, (t) => {
      if (!CF_TYPES.has(type)) throw new FakeOfficeError('InvalidArgument', `Bad conditional format type ${type}.`);
      made = { rects: [t.rect], type, rule: null, fill: null };
      t.sheet.conditionals.push(made);
    });
    return new FakeConditionalFormat(this.batch, `${this.path}.add(${type})`, () => made);
  }

  /** Clears the conditional formats on the range: formats reaching outside it keep the rest. */
  clearAll(): void {
    this.act('conditionalFormats.clearAll', null, (t) => {
      t.sheet.conditionals = t.sheet.conditionals.flatMap((cf) => {
        const rects = cf.rects.flatMap((r) => subtract(r, t.rect));
        return rects.length ? [{ ...cf, rects }] : [];
      });
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.batch.enqueue({
      request: { call: 'conditionalFormats.getCount', on: this.path },
      run: () => {
        const t = this.must();
        const n = t.sheet.conditionals.filter((cf) => cf.rects.some((r) => intersects(r, t.rect))).length;
        return { bytes: 8, commit: () => result.set(n) };
      },
    });
    return result;
  }
}

/** The validations and conditional formats of a sheet lying exactly on `rect`, for assertions. */
export function rulesOn(
  sheet: { validations: FakeValidation[]; conditionals: FakeConditional[] },
  rect: { r0: number; c0: number; rows: number; cols: number },
): { validations: FakeValidation[]; conditionals: FakeConditional[] } {
  return {
    validations: sheet.validations.filter((v) => sameRect(v.rect, rect)),
    conditionals: sheet.conditionals.filter((cf) => cf.rects.some((r) => sameRect(r, rect))),
  };
}
