/**
 * Cells of the Apps Script fake, stored and shown the way Google Sheets does in a ru_RU
 * spreadsheet: written strings are parsed like typed input («2021» → number, «=…» → formula,
 * «'…» → text), empty reads back as '', dates as Date objects.
 */
import type { FakeDataValidation } from './fake-rules';
import { formatDate, zonedDate } from './fake-time';

export type Scalar = string | number | boolean | Date;

export interface Cell {
  value: Scalar;
  /** The formula as written, '' for plain values. */
  formula: string;
  /** null = never filled: reads back as '#ffffff'. */
  background: string | null;
  note: string;
  weight: 'bold' | null;
  /** The dropdown rule set by setDataValidation, or null. */
  validation: FakeDataValidation | null;
  /** The number format; '' is Sheets' automatic format, '@' plain text. */
  format: string;
  wrap: boolean;
  align?: string;
  valign?: string;
  /** The web link of a rich-text cell (setRichTextValues with setLinkUrl); absent for none. */
  link?: string;
}

/** A RichTextValue of the fake: its text and, where set, one link over the whole text. */
export class FakeRichTextValue {
  constructor(
    readonly text: string,
    readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link;
  }
}

export class FakeRichTextBuilder {
  private text = '';
  private link: string | null = null;
  setText(text: string): FakeRichTextBuilder {
    this.text = text;
    return this;
  }
  /** setLinkUrl(url) over the whole text; the (start, end, url) form is not used by the adapter. */
  setLinkUrl(url: string): FakeRichTextBuilder {
    if (typeof url !== 'string') throw new Error('Exception: The parameters (number,number) don’t match setLinkUrl.');
    this.link = url;
    return this;
  }
  build(): FakeRichTextValue {
    return new FakeRichTextValue(this.text, this.link);
  }
}

export const emptyCell = (): Cell => ({
  value: '',
  formula: '',
  background: null,
  note: '',
  weight: null,
  validation: null,
  format: '',
  wrap: false,
});

/** What a cell stores for typed input: in a plain-text cell ('@') a string stays exactly as typed. */
export function parseInto(format: string, input: unknown, timeZone: string): Pick<Cell, 'value' | 'formula'> {
  return format === '@' && typeof input === 'string' ? { value: input, formula: '' } : parseInput(input, timeZone);
}

/** Works across realms: the bundle under test runs in a vm with its own Date. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** Tiny arithmetic: numbers and + - * /, for formulas like `=1+1`. */
function arithmetic(expr: string): number | null {
  const tokens = expr.replace(/\s+/g, '').match(/\d+(?:\.\d+)?|[-+*/]/g);
  if (!tokens || tokens.join('') !== expr.replace(/\s+/g, '')) return null;
  const terms: number[] = [];
  let sign = 1;
  let op = '';
  for (const t of tokens) {
    if (/[-+]/.test(t) && op === '') {
      sign = t === '-' ? -sign : sign;
      continue;
    }
    if (/[*/]/.test(t)) {
      op = t;
      continue;
    }
    const n = sign * Number(t);
    sign = 1;
    if (op && terms.length) {
      const last = terms.pop() ?? 0;
      terms.push(op === '*' ? last * n : last / n);
    } else terms.push(n);
    op = '';
  }
  return terms.reduce((a, b) => a + b, 0);
}

/** The value a formula shows. Apps Script formulas use the en-US syntax: commas between arguments. */
export function evaluate(formula: string): Scalar {
  const link = /^=HYPERLINK\("((?:[^"]|"")*)",\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return (link[2] ?? '').replace(/""/g, '"');
  if (/^=HYPERLINK\(/i.test(formula)) return '#ERROR!';
  if (formula.includes('#REF!')) return '#REF!';
  const n = arithmetic(formula.slice(1));
  return n === null ? '#NAME?' : n;
}

/** What Sheets stores for a value given to setValues (user-entered parsing, ru_RU locale). */
export function parseInput(input: unknown, timeZone: string): Pick<Cell, 'value' | 'formula'> {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: '' };
  if (typeof input !== 'string') {
    throw new Error(
      `Exception: The parameters (${typeof input}) don't match the method signature for SpreadsheetApp.Range.setValues.`,
    );
  }
  const s = input;
  if (s === '') return { value: '', formula: '' };
  if (s.startsWith("'")) return { value: s.slice(1), formula: '' };
  if (/^[+-]?\d+(?:[.,]\d+)?$/.test(s)) return { value: Number(s.replace(',', '.')), formula: '' };
  if (s.startsWith('=')) return { value: evaluate(s), formula: s };
  // A leading + or - starts a formula in Sheets too: «- пункт» becomes an error, not text.
  if (/^[+-]/.test(s)) return { value: evaluate(`=${s}`), formula: `=${s}` };
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (ru) return { value: zonedDate(Number(ru[3]), Number(ru[2]), Number(ru[1]), timeZone), formula: '' };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return { value: zonedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), timeZone), formula: '' };
  const month = /^([а-яё]+)\s+(\d{4})$/i.exec(s);
  const m = month ? MONTHS.indexOf((month[1] ?? '').toLowerCase()) : -1;
  if (month && m >= 0) return { value: zonedDate(Number(month[2]), m + 1, 1, timeZone), formula: '' };
  if (/^(true|истина)$/i.test(s)) return { value: true, formula: '' };
  if (/^(false|ложь)$/i.test(s)) return { value: false, formula: '' };
  return { value: s, formula: '' };
}

/** getDisplayValues: what the cell shows in a ru_RU spreadsheet. */
export function display(value: Scalar, timeZone: string): string {
  if (isDate(value)) {
    const time = formatDate(value, timeZone, 'HH:mm:ss');
    return formatDate(value, timeZone, time === '00:00:00' ? 'dd.MM.yyyy' : 'dd.MM.yyyy HH:mm:ss');
  }
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  return value;
}

/** getValues hands out copies: a Date a script changes must not change the sheet. */
export const copyValue = (v: Scalar): Scalar => (isDate(v) ? new Date(v.getTime()) : v);

/** Sheets answers colours in lower case and accepts null as «reset». */
export function normalizeColor(color: unknown): string | null {
  if (color === null || color === undefined || color === '') return null;
  if (typeof color !== 'string') throw new Error('Exception: Invalid argument: color');
  return color.toLowerCase();
}
