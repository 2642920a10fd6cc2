/**
 * Range of the Apps Script fake: reads and writes whole rectangles and records each data call.
 * Like Apps Script it checks array shapes before writing and keeps only a merge's top-left value.
 */
import { copyValue, display, FakeRichTextValue, normalizeColor, parseInto, type Cell, type Scalar } from './fake-cells';
import { letters, overlaps, type Area } from './fake-area';
import { FakeProtection, type Book, type FakeSheet } from './fake-sheet';
import { FakeDataValidation } from './fake-rules';

type Grid<T> = T[][];

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly area: Area,
  ) {}

  private read<T>(method: string, pick: (c: Cell | undefined) => T): Grid<T> {
    this.sheet.book.log.record(method, this.sheet.name, this.area.rows, this.area.cols);
    const out: Grid<T> = [];
    for (let r = 0; r < this.area.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.area.cols; c++) line.push(pick(this.sheet.peek(this.area.row + r, this.area.col + c)));
      out.push(line);
    }
    return out;
  }
  /** Apps Script checks the array against the range before it writes anything. */
  private write<T>(method: string, data: unknown, put: (c: Cell, v: T) => void): FakeRange {
    const { rows, cols } = this.area;
    if (!Array.isArray(data) || data.length !== rows) {
      const n = Array.isArray(data) ? data.length : 0;
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${n} but the range has ${rows}.`,
      );
    }
    data.forEach((line: unknown) => {
      const n = Array.isArray(line) ? line.length : 0;
      if (n !== cols)
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${cols}.`,
        );
    });
    this.sheet.assertWritable(this.area);
    this.sheet.book.log.record(method, this.sheet.name, rows, cols);
    (data as T[][]).forEach((line, r) =>
      line.forEach((v, c) => put(this.sheet.cell(this.area.row + r, this.area.col + c), v)),
    );
    return this;
  }

  getRow(): number {
    return this.area.row;
  }
  getColumn(): number {
    return this.area.col;
  }
  getNumRows(): number {
    return this.area.rows;
  }
  getNumColumns(): number {
    return this.area.cols;
  }
  getLastRow(): number {
    return this.area.row + this.area.rows - 1;
  }
  getLastColumn(): number {
    return this.area.col + this.area.cols - 1;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    const { row, col, rows, cols } = this.area;
    const start = `${letters(col)}${row}`;
    return rows === 1 && cols === 1 ? start : `${start}:${letters(col + cols - 1)}${row + rows - 1}`;
  }
  getValues(): Grid<Scalar> {
    return this.read('getValues', (c) => (c ? copyValue(c.value) : ''));
  }
  getDisplayValues(): Grid<string> {
    const tz = this.sheet.book.timeZone();
    return this.read('getDisplayValues', (c) => (c ? display(c.value, tz) : ''));
  }
  getFormulas(): Grid<string> {
    return this.read('getFormulas', (c) => c?.formula ?? '');
  }
  getBackgrounds(): Grid<string> {
    return this.read('getBackgrounds', (c) => c?.background ?? '#ffffff');
  }
  getNotes(): Grid<string> {
    return this.read('getNotes', (c) => c?.note ?? '');
  }
  getFontWeights(): Grid<string> {
    return this.read('getFontWeights', (c) => c?.weight ?? 'normal');
  }
  getValue(): Scalar {
    return this.getValues()[0]?.[0] ?? '';
  }
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? '#ffffff';
  }
  getNote(): string {
    return this.getNotes()[0]?.[0] ?? '';
  }
  setValues(values: unknown): FakeRange {
    const tz = this.sheet.book.timeZone();
    const format = (r: number, c: number): string =>
      this.sheet.peek(this.area.row + r, this.area.col + c)?.format ?? '';
    // Parse every value first: a bad one fails the call before any cell changes.
    const parsed = Array.isArray(values)
      ? values.map((line: unknown, r) =>
          Array.isArray(line) ? line.map((v: unknown, c) => parseInto(format(r, c), v, tz)) : line,
        )
      : values;
    return this.write<Pick<Cell, 'value' | 'formula'>>('setValues', parsed, (c, v) => {
      // A plain value replaces the cell's rich text, its link with it.
      Object.assign(c, v);
      delete c.link;
    });
  }
  setValue(value: unknown): FakeRange {
    return this.setValues([[value]]);
  }
  setBackgrounds(colors: unknown): FakeRange {
    return this.write<unknown>('setBackgrounds', colors, (c, v) => (c.background = normalizeColor(v)));
  }
  setBackground(color: unknown): FakeRange {
    return this.setBackgrounds(
      Array.from({ length: this.area.rows }, () => new Array<unknown>(this.area.cols).fill(color)),
    );
  }
  /** Rich text is always text: the value becomes the text, the link (if any) is kept beside it. */
  setRichTextValues(values: unknown): FakeRange {
    return this.write<unknown>('setRichTextValues', values, (c, v) => {
      if (!(v instanceof FakeRichTextValue)) throw new Error('Exception: Invalid argument: value (RichTextValue).');
      c.value = v.text;
      c.formula = '';
      if (v.link === null) delete c.link;
      else c.link = v.link;
    });
  }
  getRichTextValues(): Grid<FakeRichTextValue> {
    return this.read(
      'getRichTextValues',
      (c) => new FakeRichTextValue(c ? display(c.value, 'UTC') : '', c?.link ?? null),
    );
  }
  setNotes(notes: unknown): FakeRange {
    return this.write<unknown>('setNotes', notes, (c, v) => (c.note = v === null || v === undefined ? '' : String(v)));
  }
  setNote(note: unknown): FakeRange {
    return this.setNotes([[note]]);
  }
  setFontWeights(weights: unknown): FakeRange {
    return this.write<unknown>('setFontWeights', weights, (c, v) => (c.weight = v === 'bold' ? 'bold' : null));
  }
  setFontWeight(weight: unknown): FakeRange {
    return this.setFontWeights(
      Array.from({ length: this.area.rows }, () => new Array<unknown>(this.area.cols).fill(weight)),
    );
  }
  setWrap(on: boolean): FakeRange {
    return this.fillAll('setWrap', (c) => (c.wrap = on === true));
  }
  setHorizontalAlignment(align: string): FakeRange {
    return this.fillAll('setHorizontalAlignment', (c) => (c.align = align));
  }
  setVerticalAlignment(align: string): FakeRange {
    return this.fillAll('setVerticalAlignment', (c) => (c.valign = align));
  }
  setRowHeights(): FakeRange {
    return this.fillAll('setRowHeights', () => undefined);
  }
  getWraps(): Grid<boolean> {
    return this.read('getWraps', (c) => c?.wrap ?? false);
  }
  /** One rule for the whole rectangle; null removes validation. */
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error('Exception: Invalid argument: rule');
    return this.fillAll('setDataValidation', (c) => (c.validation = rule));
  }
  getDataValidations(): Grid<FakeDataValidation | null> {
    return this.read('getDataValidations', (c) => c?.validation ?? null);
  }
  setNumberFormat(format: string): FakeRange {
    if (typeof format !== 'string') throw new Error('Exception: Invalid argument: numberFormat');
    return this.fillAll('setNumberFormat', (c) => (c.format = format));
  }
  getNumberFormats(): Grid<string> {
    return this.read('getNumberFormats', (c) => c?.format || 'General');
  }
  /** A range-level setter: one call, every cell of the rectangle. */
  private fillAll(method: string, put: (c: Cell) => void): FakeRange {
    this.sheet.assertWritable(this.area);
    this.sheet.book.log.record(method, this.sheet.name, this.area.rows, this.area.cols);
    for (let r = 0; r < this.area.rows; r++)
      for (let c = 0; c < this.area.cols; c++) put(this.sheet.cell(this.area.row + r, this.area.col + c));
    return this;
  }
  getMergedRanges(): FakeRange[] {
    this.sheet.book.log.record('getMergedRanges', this.sheet.name, this.area.rows, this.area.cols);
    return this.sheet.merges.filter((m) => overlaps(m, this.area)).map((m) => new FakeRange(this.sheet, { ...m }));
  }
  /** Sheets keeps the top-left value of a merge and drops the rest; a merge may not cut another. */
  merge(): FakeRange {
    this.sheet.assertWritable(this.area);
    this.sheet.book.log.record('merge', this.sheet.name, this.area.rows, this.area.cols);
    mergeArea(this.sheet, this.area);
    return this;
  }
  /** Every merge inside or across the range is undone. */
  breakApart(): FakeRange {
    this.sheet.assertWritable(this.area);
    this.sheet.book.log.record('breakApart', this.sheet.name, this.area.rows, this.area.cols);
    const kept = this.sheet.merges.filter((m) => !overlaps(m, this.area));
    this.sheet.merges.splice(0, this.sheet.merges.length, ...kept);
    return this;
  }
  protect(): FakeProtection {
    const p = new FakeProtection(this.sheet, 'RANGE', { ...this.area });
    this.sheet.protections.push(p);
    return p;
  }
  activate(): FakeRange {
    this.sheet.book.log.record('activate', this.sheet.name, this.area.rows, this.area.cols);
    this.sheet.book.activate(this.sheet);
    activeRanges.set(this.sheet.book, this);
    return this;
  }
}

/** Merges an area as Sheets does (the top-left value kept); an area cutting another merge is refused. */
export function mergeArea(sheet: FakeSheet, area: Area): void {
  if (sheet.merges.some((m) => overlaps(m, area)))
    throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
  sheet.merges.push({ ...area });
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) {
      const cell = r || c ? sheet.peek(area.row + r, area.col + c) : undefined;
      if (cell) Object.assign(cell, { value: '', formula: '' });
    }
  }
}

/** The active range per spreadsheet, for tests of «select the cell». */
export const activeRanges = new WeakMap<Book, FakeRange>();
