/** Fake Excel.Range and its format, fill, font and merged areas: proxies over fake-book cells. */
import {
  MAX_COLS,
  MAX_ROWS,
  rectAddress,
  textOf,
  typeInto,
  typeOf,
  valueOf,
  type FakeCell,
  type FakeSheet,
  type Hyperlink,
  type Rect,
} from './fake-book';
import { ClientObject, FakeOfficeError, type Batch } from './fake-runtime';
import { FakeConditionalFormatCollection, FakeDataValidation } from './fake-rules';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

const quoted = (name: string): string => (/^[\p{L}\d_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function live(t: RangeTarget): RangeTarget {
  if (t.sheet.deleted) throw new FakeOfficeError('ItemNotFound', `sheet ${t.sheet.name} was deleted`);
  return t;
}

function matrix<V>(t: RangeTarget, f: (cell: FakeCell | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let r = 0; r < t.rect.rows; r++) {
    const line: V[] = [];
    for (let c = 0; c < t.rect.cols; c++) line.push(f(t.sheet.get(t.rect.r0 + r, t.rect.c0 + c)));
    out.push(line);
  }
  return out;
}

/** Every cell of a bounded rectangle, created if missing (for writes). */
function* cells(t: RangeTarget): Generator<FakeCell> {
  if (t.rect.rows * t.rect.cols > 1_000_000) throw new Error('fake: write to a huge range');
  for (let r = 0; r < t.rect.rows; r++)
    for (let c = 0; c < t.rect.cols; c++) yield t.sheet.at(t.rect.r0 + r, t.rect.c0 + c);
}

function writeMatrix(t: RangeTarget, rows: unknown, put: (cell: FakeCell, v: unknown) => void): void {
  const ok =
    Array.isArray(rows) &&
    rows.length === t.rect.rows &&
    rows.every((r) => Array.isArray(r) && r.length === t.rect.cols);
  if (!ok)
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns does not match the size of ${rectAddress(t.rect)}.`,
    );
  (rows as unknown[][]).forEach((line, r) => line.forEach((v, c) => put(t.sheet.at(t.rect.r0 + r, t.rect.c0 + c), v)));
}

/** `{ format: { fill: { color } } }` of one cell's properties, or null when it sets no fill. */
function fillColorOf(props: unknown): string | null {
  const format: unknown = typeof props === 'object' && props !== null ? Reflect.get(props, 'format') : null;
  const fill: unknown = typeof format === 'object' && format !== null ? Reflect.get(format, 'fill') : null;
  const color: unknown = typeof fill === 'object' && fill !== null ? Reflect.get(fill, 'color') : null;
  return typeof color === 'string' ? color : null;
}

const cuts = (a: Rect, b: Rect): boolean =>
  a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;

export class FakeRange extends ClientObject<RangeTarget> {
  protected readonly loadable = [
    'values',
    'numberFormat',
    'valueTypes',
    'text',
    'address',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'hyperlink',
  ];
  readonly format: FakeRangeFormat;

  constructor(batch: Batch, path: string, resolver: () => RangeTarget | null) {
    super(batch, path, resolver);
    this.format = new FakeRangeFormat(batch, `${path}.format`, () => this.resolve());
  }

  protected readProp(target: RangeTarget, name: string): unknown {
    const t = live(target);
    switch (name) {
      case 'values':
        return matrix(t, valueOf);
      case 'numberFormat':
        return matrix(t, (c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return matrix(t, typeOf);
      case 'text':
        return matrix(t, textOf);
      case 'address':
        return `${quoted(t.sheet.name)}!${rectAddress(t.rect)}`;
      case 'rowIndex':
        return t.rect.r0;
      case 'columnIndex':
        return t.rect.c0;
      case 'rowCount':
        return t.rect.rows;
      case 'columnCount':
        return t.rect.cols;
      default:
        return t.sheet.get(t.rect.r0, t.rect.c0)?.hyperlink ?? null;
    }
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.act('values', v, (t) => writeMatrix(live(t), v, (cell, x) => x !== null && typeInto(cell, x)));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.act('numberFormat', v, (t) =>
      writeMatrix(live(t), v, (cell, x) => {
        if (x !== null) cell.numberFormat = String(x);
      }),
    );
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get hyperlink(): Hyperlink | null {
    return this.read('hyperlink');
  }
  set hyperlink(link: Hyperlink | null) {
    this.batch.requireApi('1.7', 'Range.hyperlink');
    this.act('hyperlink', link, (t) => {
      const cell = live(t).sheet.at(t.rect.r0, t.rect.c0);
      if (!link) delete cell.hyperlink;
      else {
        cell.hyperlink = { ...link };
        typeInto(cell, `'${link.textToDisplay ?? link.documentReference ?? link.address ?? ''}`);
      }
    });
  }

  private derive(name: string, f: (t: RangeTarget) => Rect): FakeRange {
    return new FakeRange(this.batch, `${this.path}.${name}`, () => {
      const t = live(this.must());
      const rect = f(t);
      if (
        rect.rows < 1 ||
        rect.cols < 1 ||
        rect.r0 < 0 ||
        rect.c0 < 0 ||
        rect.r0 + rect.rows > MAX_ROWS ||
        rect.c0 + rect.cols > MAX_COLS
      ) {
        throw new FakeOfficeError('InvalidArgument', `${name}: outside the sheet`);
      }
      return { sheet: t.sheet, rect };
    });
  }

  /** The document rectangle, for fake objects that take a range (a chart's data). */
  rangeTarget(): RangeTarget {
    return live(this.must());
  }

  /** Per-cell properties over the range; the fake knows fills, and `{}` leaves a cell as it is. */
  setCellProperties(data: unknown[][]): void {
    this.batch.requireApi('1.9', 'Range.setCellProperties');
    this.act('setCellProperties', data, (t) =>
      writeMatrix(live(t), data, (cell, props) => {
        const color = fillColorOf(props);
        if (color !== null) cell.fill = { color: color.toUpperCase(), pattern: 'Solid' };
      }),
    );
  }

  getRow(i: number): FakeRange {
    return this.derive(`getRow(${i})`, ({ rect }) => ({ ...rect, r0: rect.r0 + i, rows: 1 }));
  }

  getCell(r: number, c: number): FakeRange {
    return this.derive(`getCell(${r},${c})`, ({ rect }) => ({ r0: rect.r0 + r, c0: rect.c0 + c, rows: 1, cols: 1 }));
  }

  getResizedRange(dr: number, dc: number): FakeRange {
    this.batch.requireApi('1.7', 'Range.getResizedRange');
    return this.derive(`getResizedRange(${dr},${dc})`, ({ rect }) => ({
      ...rect,
      rows: rect.rows + dr,
      cols: rect.cols + dc,
    }));
  }

  getIntersection(other: FakeRange): FakeRange {
    return this.derive(`getIntersection(${other.path})`, ({ rect: a }) => {
      const b = live(other.must()).rect;
      const r0 = Math.max(a.r0, b.r0),
        c0 = Math.max(a.c0, b.c0);
      const r1 = Math.min(a.r0 + a.rows, b.r0 + b.rows),
        c1 = Math.min(a.c0 + a.cols, b.c0 + b.cols);
      if (r1 <= r0 || c1 <= c0) throw new FakeOfficeError('InvalidArgument', 'The ranges do not intersect.');
      return { r0, c0, rows: r1 - r0, cols: c1 - c0 };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.batch.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.batch, `${this.path}.mergedAreas`, () => {
      const t = live(this.must());
      const a = t.rect;
      const inside = t.sheet.merges.filter(
        (m) => m.r0 < a.r0 + a.rows && a.r0 < m.r0 + m.rows && m.c0 < a.c0 + a.cols && a.c0 < m.c0 + m.cols,
      );
      if (inside.length > 512) throw new FakeOfficeError('GeneralException', 'More than 512 merged areas.');
      return inside.length ? { sheet: t.sheet, areas: inside } : null;
    });
  }

  /** Excel keeps the top-left value of a merge; a merge may not cut another merged area. */
  merge(across = false): void {
    this.batch.requireApi('1.2', 'Range.merge');
    this.act('merge', across, (target) => {
      const t = live(target);
      const a = t.rect;
      const rows = across ? Array.from({ length: a.rows }, (_, i) => ({ ...a, r0: a.r0 + i, rows: 1 })) : [a];
      for (const m of rows) {
        if (t.sheet.merges.some((o) => cuts(o, m)))
          throw new FakeOfficeError('InvalidOperation', 'Cannot merge a range that cuts a merged area.');
        t.sheet.merges.push({ ...m });
        for (let r = 0; r < m.rows; r++)
          for (let c = 0; c < m.cols; c++) {
            const cell = r || c ? t.sheet.get(m.r0 + r, m.c0 + c) : undefined;
            if (cell) typeInto(cell, '');
          }
      }
    });
  }

  /** Every merged area overlapping the range is undone. */
  unmerge(): void {
    this.batch.requireApi('1.2', 'Range.unmerge');
    this.act('unmerge', null, (target) => {
      const t = live(target);
      t.sheet.merges = t.sheet.merges.filter((o) => !cuts(o, t.rect));
    });
  }

  get dataValidation(): FakeDataValidation {
    this.batch.requireApi('1.8', 'Range.dataValidation');
    return new FakeDataValidation(this.batch, `${this.path}.dataValidation`, () => live(this.must()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.batch.requireApi('1.6', 'Range.conditionalFormats');
    return new FakeConditionalFormatCollection(this.batch, `${this.path}.conditionalFormats`, () => live(this.must()));
  }

  /** Range.insert: the fake knows whole rows shifted down (a person's «Вставить строки»). */
  insert(shift: string): FakeRange {
    this.act('insert', shift, (t) => {
      if (shift !== 'Down' || t.rect.c0 !== 0 || t.rect.cols !== MAX_COLS)
        throw new Error('fake: only whole rows inserted down');
      live(t).sheet.insertRows(t.rect.r0, t.rect.rows);
    });
    return this;
  }

  select(): void {
    this.act('select', null, (t) => {
      const book = this.batch.runtime.book;
      book.active = live(t).sheet.name;
      book.selections.push({ sheet: t.sheet.name, address: rectAddress(t.rect) });
    });
  }

  clear(): void {
    this.act('clear', null, (t) => {
      for (const [r, c] of [...live(t).sheet.cellsIn(t.rect)]) {
        const row = t.sheet.rows[r];
        if (row) row[c] = undefined;
      }
    });
  }
}

export class FakeRangeFormat extends ClientObject<RangeTarget> {
  protected readonly loadable: readonly string[] = [];
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(batch: Batch, path: string, resolver: () => RangeTarget | null) {
    super(batch, path, resolver);
    this.fill = new FakeRangeFill(batch, `${path}.fill`, resolver);
    this.font = new FakeRangeFont(batch, `${path}.font`, resolver);
  }

  protected readProp(): unknown {
    return null;
  }

  set wrapText(wrap: boolean) {
    this.act('format.wrapText', wrap, (t) => {
      for (const cell of cells(live(t))) cell.wrap = wrap;
    });
  }

  set horizontalAlignment(v: string) {
    this.act('format.horizontalAlignment', v, () => undefined);
  }

  set rowHeight(points: number) {
    this.batch.requireApi('1.2', 'RangeFormat.rowHeight');
    this.act('rowHeight', points, (t) => {
      for (let r = t.rect.r0; r < t.rect.r0 + t.rect.rows; r++) live(t).sheet.rowHeights.set(r, points);
    });
  }

  autofitRows(): void {
    this.batch.requireApi('1.2', 'RangeFormat.autofitRows');
    this.act('format.autofitRows', null, (t) => void live(t).sheet.autofits.push(t.rect));
  }

  set columnWidth(points: number) {
    this.batch.requireApi('1.2', 'RangeFormat.columnWidth');
    this.act('columnWidth', points, (t) => {
      for (let c = t.rect.c0; c < t.rect.c0 + Math.min(t.rect.cols, 256); c++)
        live(t).sheet.columnWidths.set(c, points);
    });
  }
}

export class FakeRangeFill extends ClientObject<RangeTarget> {
  protected readonly loadable = ['color', 'pattern'];

  protected readProp(target: RangeTarget, name: string): unknown {
    const fill = live(target).sheet.get(target.rect.r0, target.rect.c0)?.fill ?? null;
    if (name === 'pattern') return fill ? fill.pattern : 'None';
    // Excel reports a cell without fill as white.
    return fill ? fill.color : '#FFFFFF';
  }

  override load(props?: string | string[]): this {
    if (String(props).includes('pattern')) this.batch.requireApi('1.9', 'RangeFill.pattern');
    return super.load(props);
  }

  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.act('fill.color', color, (t) => {
      for (const cell of cells(live(t))) cell.fill = { color: color.toUpperCase(), pattern: 'Solid' };
    });
  }
  get pattern(): string {
    return this.read('pattern');
  }

  clear(): void {
    this.act('fill.clear', null, (t) => {
      for (const cell of cells(live(t))) cell.fill = null;
    });
  }
}

export class FakeRangeFont extends ClientObject<RangeTarget> {
  protected readonly loadable: readonly string[] = [];
  protected readProp(): unknown {
    return null;
  }
  set bold(bold: boolean) {
    this.act('font.bold', bold, (t) => {
      for (const cell of cells(live(t))) cell.bold = bold;
    });
  }
}

export class FakeRangeAreas extends ClientObject<{ sheet: FakeSheet; areas: Rect[] }> {
  protected readonly loadable = ['address', 'areaCount'];
  protected readProp(t: { sheet: FakeSheet; areas: Rect[] }, name: string): unknown {
    if (name === 'areaCount') return t.areas.length;
    return t.areas.map((a) => `${quoted(t.sheet.name)}!${rectAddress(a)}`).join(', ');
  }
  get address(): string {
    return this.read('address');
  }
}
