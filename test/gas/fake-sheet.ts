/**
 * Sheet and Protection of the Apps Script fake (ranges are in fake-range.ts). Faithful where the
 * adapter could go wrong: writes to protected cells throw, a new sheet is 1000×26 and writing past
 * it throws, inserted rows shift everything below. Every structural call is recorded.
 */
import { emptyCell, type Cell, type Scalar } from './fake-cells';
import { inside, overlaps, parseA1, type Area } from './fake-area';
import { FakeChartBuilder, type FakeChart } from './fake-charts';
import { FakeRange } from './fake-range';
import type { FakeConditionalRule } from './fake-rules';

export type { Area };

export interface RecordedCall {
  readonly method: string;
  readonly sheet: string;
  readonly rows: number;
  readonly cols: number;
  /** The spreadsheet's id for calls on another spreadsheet than the active one; '' for the active one. */
  readonly book: string;
}

/** One log for the whole fake; a spreadsheet opened by id writes into it through a child naming it. */
export class CallLog {
  readonly calls: RecordedCall[];
  /** Fake only: told of every call as it happens (a test may move the clock on a given call). */
  onRecord: ((call: RecordedCall) => void) | null = null;
  constructor(
    private readonly root: CallLog | null = null,
    readonly book = '',
  ) {
    this.calls = root ? root.calls : [];
  }
  record(method: string, sheet = '', rows = 0, cols = 0): void {
    const call = { method, sheet, rows, cols, book: this.book };
    this.calls.push(call);
    (this.root ?? this).onRecord?.(call);
  }
  child(book: string): CallLog {
    return new CallLog(this.root ?? this, book);
  }
  count(method: string, sheet?: string): number {
    return this.calls.filter((c) => c.method === method && (sheet === undefined || c.sheet === sheet)).length;
  }
  reset(): void {
    this.calls.length = 0;
  }
}

/** What a sheet needs from its spreadsheet. */
export interface Book {
  readonly log: CallLog;
  timeZone(): string;
  activate(sheet: FakeSheet): void;
  sheetHidden(sheet: FakeSheet): void;
  /** Who is at the keyboard: protections and access are checked for them. */
  actor(): string;
  /** The file's owner, whom no protection stops. */
  ownerEmail(): string;
  /** Everyone who may edit the file: the owner and its writers. */
  writers(): string[];
  /** A change was written: the file's «last updated» moves to now. */
  touch(): void;
  /** The new name of a sheet, or a throw if another sheet has it. */
  renamed(sheet: FakeSheet, name: string): string;
}

export const NO_ACCESS = 'Exception: You do not have permission to access the requested document.';

/** A user as Apps Script hands them out (Protection.getEditors). */
export interface FakeUser {
  getEmail(): string;
}

const userOf = (email: string): FakeUser => ({ getEmail: () => email });
const emailOf = (u: unknown): string =>
  typeof u === 'string'
    ? u
    : typeof u === 'object' && u !== null && 'getEmail' in u && typeof u.getEmail === 'function'
      ? String(u.getEmail())
      : '';

export const PROTECTED =
  'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const OUTSIDE = 'Exception: The coordinates of the range are outside the dimensions of the sheet.';

/**
 * Like Sheets: until a script changes its editors, a protection lets every editor of the file
 * through; once changed, only the owner and the listed editors. The owner and the current user
 * cannot be removed.
 */
export class FakeProtection {
  warningOnly = false;
  /** The fake's user may edit until a test says the owner shut them out. */
  editable = true;
  unprotected: Area[] = [];
  description = '';
  domainEdit = false;
  /** null: the editors mirror the file's. */
  editors: Set<string> | null = null;
  constructor(
    readonly sheet: FakeSheet,
    readonly type: 'RANGE' | 'SHEET',
    readonly area: Area,
  ) {}
  private allows(user: string): boolean {
    if (!this.editable) return false;
    const book = this.sheet.book;
    if (user === book.ownerEmail()) return true;
    return this.editors === null ? book.writers().includes(user) : this.editors.has(user);
  }
  canEdit(): boolean {
    this.sheet.book.log.record('canEdit', this.sheet.name);
    return this.allows(this.sheet.book.actor());
  }
  setDescription(text: string): FakeProtection {
    this.description = text;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  getEditors(): FakeUser[] {
    this.sheet.book.log.record('getEditors', this.sheet.name);
    return [...(this.editors ?? new Set(this.sheet.book.writers()))].map(userOf);
  }
  addEditor(user: unknown): FakeProtection {
    return this.addEditors([user]);
  }
  addEditors(users: unknown[]): FakeProtection {
    this.sheet.book.log.record('addEditors', this.sheet.name);
    this.editors ??= new Set(this.sheet.book.writers());
    for (const u of users) this.editors.add(emailOf(u));
    return this;
  }
  removeEditor(user: unknown): FakeProtection {
    return this.removeEditors([user]);
  }
  removeEditors(users: unknown[]): FakeProtection {
    this.sheet.book.log.record('removeEditors', this.sheet.name);
    const book = this.sheet.book;
    const kept = new Set(this.editors ?? book.writers());
    for (const u of users) {
      const email = emailOf(u);
      if (email !== book.ownerEmail() && email !== book.actor()) kept.delete(email);
    }
    this.editors = kept;
    return this;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(on: boolean): FakeProtection {
    this.domainEdit = on;
    return this;
  }
  /** Fake only: may this user change the cells of `area`? */
  letsEdit(user: string, area: Area): boolean {
    if (this.warningOnly || this.allows(user)) return true;
    if (this.type === 'RANGE') return !overlaps(this.area, area);
    return this.unprotected.some((open) => inside(open, area));
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(on: boolean): FakeProtection {
    this.warningOnly = on;
    return this;
  }
  getProtectionType(): string {
    return this.type;
  }
  getRange(): FakeRange {
    return new FakeRange(this.sheet, this.area);
  }
  getUnprotectedRanges(): FakeRange[] {
    return this.unprotected.map((a) => new FakeRange(this.sheet, a));
  }
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.sheet.book.log.record('setUnprotectedRanges', this.sheet.name);
    if (ranges.some((r) => r.sheet !== this.sheet))
      throw new Error('Exception: The unprotected ranges must be on the protected sheet.');
    this.unprotected = ranges.map((r) => ({ ...r.area }));
    return this;
  }
  /** Fake only: the protection's owner has not made the current user an editor. */
  denyCurrentUser(): FakeProtection {
    this.editable = false;
    return this;
  }
  blocks(area: Area): boolean {
    return !this.letsEdit(this.sheet.book.actor(), area);
  }
}

export class FakeSheet {
  private cells: (Cell | undefined)[][] = [];
  readonly merges: Area[] = [];
  readonly protections: FakeProtection[] = [];
  readonly widths = new Map<number, number>();
  conditionalRules: FakeConditionalRule[] = [];
  readonly charts: FakeChart[] = [];
  hidden = false;

  constructor(
    readonly book: Book,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  cell(row: number, col: number): Cell {
    const line = (this.cells[row - 1] ??= []);
    return (line[col - 1] ??= emptyCell());
  }
  peek(row: number, col: number): Cell | undefined {
    return this.cells[row - 1]?.[col - 1];
  }
  /** Fake only: raw values as a user's paste left them, no parsing, no call recorded. */
  load(values: readonly (readonly (Scalar | null | undefined)[])[]): FakeSheet {
    values.forEach((line, r) => line.forEach((v, c) => (this.cell(r + 1, c + 1).value = v ?? '')));
    this.maxRows = Math.max(this.maxRows, values.length);
    this.maxCols = values.reduce((w, l) => Math.max(w, l.length), this.maxCols);
    return this;
  }
  /** Every write passes here: a reader of the file may not write, a protection may refuse. */
  assertWritable(area: Area): void {
    const user = this.book.actor();
    if (user !== this.book.ownerEmail() && !this.book.writers().includes(user)) throw new Error(NO_ACCESS);
    if (this.protections.some((p) => p.blocks(area))) throw new Error(PROTECTED);
    this.book.touch();
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): FakeSheet {
    this.book.log.record('setName', this.name);
    this.name = this.book.renamed(this, name);
    this.book.touch();
    return this;
  }
  frozenRows = 0;
  setFrozenRows(rows: number): void {
    this.book.log.record('setFrozenRows', this.name);
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  /** Rows below move up; protections and merges move with them, as in Sheets. */
  deleteRow(row: number): FakeSheet {
    this.assertWritable({ row, col: 1, rows: 1, cols: this.maxCols });
    this.book.log.record('deleteRow', this.name, 1, 0);
    this.cells.splice(row - 1, 1);
    this.maxRows--;
    const shift = (a: Area): void => {
      if (a.row > row) a.row--;
      else if (a.row + a.rows > row) a.rows = Math.max(0, a.rows - 1);
    };
    this.merges.forEach(shift);
    this.protections.forEach((p) => [p.area, ...p.unprotected].forEach(shift));
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getLastRow(): number {
    let last = 0;
    this.cells.forEach((line, r) => {
      if (line?.some((c) => c && (c.value !== '' || c.formula))) last = r + 1;
    });
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const line of this.cells)
      line?.forEach((c, k) => (c && (c.value !== '' || c.formula) ? (last = Math.max(last, k + 1)) : 0));
    return last;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  getDataRange(): FakeRange {
    this.book.log.record('getDataRange', this.name);
    return new FakeRange(this, {
      row: 1,
      col: 1,
      rows: Math.max(1, this.getLastRow()),
      cols: Math.max(1, this.getLastColumn()),
    });
  }
  getRange(rowOrA1: number | string, col = 1, rows = 1, cols = 1): FakeRange {
    if (typeof rowOrA1 === 'string') return new FakeRange(this, parseA1(rowOrA1));
    const area = { row: rowOrA1, col, rows, cols };
    if ([rowOrA1, col, rows, cols].some((n) => !Number.isInteger(n) || n < 1))
      throw new Error('Exception: Range coordinates or dimensions are invalid.');
    if (area.row + area.rows - 1 > this.maxRows || area.col + area.cols - 1 > this.maxCols) throw new Error(OUTSIDE);
    return new FakeRange(this, area);
  }
  insertRowBefore(row: number): FakeSheet {
    this.assertWritable({ row, col: 1, rows: 1, cols: this.maxCols });
    this.book.log.record('insertRowBefore', this.name, 1, 0);
    this.cells.splice(row - 1, 0, []);
    this.maxRows++;
    const shift = (a: Area): void => {
      if (a.row >= row) a.row++;
      else if (a.row + a.rows > row) a.rows++;
    };
    this.merges.forEach(shift);
    this.protections.forEach((p) => shift(p.area));
    this.conditionalRules.forEach((r) => r.targets.forEach((t) => shift(t.area)));
    return this;
  }
  insertRowsAfter(after: number, howMany: number): FakeSheet {
    this.book.log.record('insertRowsAfter', this.name, howMany, 0);
    this.cells.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): FakeSheet {
    this.book.log.record('insertColumnsAfter', this.name, 0, howMany);
    for (const line of this.cells) line?.splice(after, 0, ...new Array<Cell | undefined>(howMany));
    this.maxCols += howMany;
    return this;
  }
  private wipe(what: (c: Cell) => void, method: string): FakeSheet {
    this.assertWritable({ row: 1, col: 1, rows: this.maxRows, cols: this.maxCols });
    this.book.log.record(method, this.name);
    for (const line of this.cells) line?.forEach((c) => c && what(c));
    return this;
  }
  clearContents(): FakeSheet {
    return this.wipe((c) => {
      Object.assign(c, { value: '', formula: '' });
      delete c.link;
    }, 'clearContents');
  }
  clearFormats(): FakeSheet {
    return this.wipe((c) => Object.assign(c, { background: null, weight: null, format: '' }), 'clearFormats');
  }
  clearNotes(): FakeSheet {
    return this.wipe((c) => Object.assign(c, { note: '' }), 'clearNotes');
  }
  clear(): FakeSheet {
    return this.wipe(
      (c) => Object.assign(c, { value: '', formula: '', background: null, weight: null, format: '' }),
      'clear',
    );
  }
  hideSheet(): FakeSheet {
    this.book.log.record('hideSheet', this.name);
    this.hidden = true;
    this.book.sheetHidden(this);
    return this;
  }
  showSheet(): FakeSheet {
    this.book.log.record('showSheet', this.name);
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setColumnWidths(start: number, count: number, px: number): FakeSheet {
    this.book.log.record('setColumnWidths', this.name, 0, count);
    for (let c = start; c < start + count; c++) this.widths.set(c, px);
    return this;
  }
  setColumnWidth(col: number, px: number): FakeSheet {
    return this.setColumnWidths(col, 1, px);
  }
  getColumnWidth(col: number): number {
    return this.widths.get(col) ?? 100;
  }
  getConditionalFormatRules(): FakeConditionalRule[] {
    this.book.log.record('getConditionalFormatRules', this.name);
    return [...this.conditionalRules];
  }
  /** Replaces all the sheet's rules; each rule's ranges must lie on this sheet. */
  setConditionalFormatRules(rules: FakeConditionalRule[]): void {
    if (rules.some((r) => r.targets.some((t) => t.sheet !== this)))
      throw new Error('Exception: The ranges of a conditional format rule must be on the sheet it is set on.');
    for (const r of rules) r.targets.forEach((t) => this.assertWritable(t.area));
    this.book.log.record('setConditionalFormatRules', this.name, rules.length, 0);
    this.conditionalRules = [...rules];
  }
  getProtections(type: string): FakeProtection[] {
    this.book.log.record('getProtections', this.name);
    return this.protections.filter((p) => p.type === type);
  }
  protect(): FakeProtection {
    this.book.log.record('protect', this.name);
    const p = new FakeProtection(this, 'SHEET', { row: 1, col: 1, rows: this.maxRows, cols: this.maxCols });
    this.protections.push(p);
    return p;
  }
  activate(): FakeSheet {
    this.book.activate(this);
    return this;
  }
  newChart(): FakeChartBuilder {
    return new FakeChartBuilder(this);
  }
  getCharts(): FakeChart[] {
    this.book.log.record('getCharts', this.name);
    return [...this.charts];
  }
  insertChart(chart: FakeChart): void {
    if (chart.sheet !== this) throw new Error('Exception: The chart was built for another sheet.');
    this.assertWritable({ row: chart.position.row, col: chart.position.col, rows: 1, cols: 1 });
    this.book.log.record('insertChart', this.name);
    this.charts.push(chart);
  }
  removeChart(chart: FakeChart): void {
    const at = this.charts.indexOf(chart);
    if (at < 0) throw new Error('Exception: The chart is not on this sheet.');
    this.book.log.record('removeChart', this.name);
    this.charts.splice(at, 1);
  }
}
