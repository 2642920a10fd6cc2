/**
 * A fake `Excel` + `Office` for tests without Microsoft: workbook, worksheets, ranges, notes,
 * `Excel.run`, `context.sync()` with request/response sizes, and requirement sets that can be
 * switched (ExcelApi 1.18 on or off). It runs in Jest and, bundled, as the task pane's Office.js stub.
 */
import { MAX_COLS, MAX_ROWS, parseAddress, type FakeBook, type FakeSheet } from './fake-book';
import { Batch, ClientObject, FakeOfficeError, FakeStats, type Runtime } from './fake-runtime';
import { FakeChartCollection, FakeFreezePanes, FakeWorksheetPageLayout } from './fake-charts';
import { FakeRange, type RangeTarget } from './fake-range';

interface NoteTarget {
  readonly sheet: FakeSheet;
  readonly r: number;
  readonly c: number;
}

function cellOf(address: string): { r: number; c: number } {
  const rect = parseAddress(address);
  if (!rect || rect.rows !== 1 || rect.cols !== 1)
    throw new FakeOfficeError('InvalidArgument', `A note needs one cell, not ${address}.`);
  return { r: rect.r0, c: rect.c0 };
}

class FakeNote extends ClientObject<NoteTarget> {
  protected readonly loadable = ['content', 'visible', 'authorName'];
  protected readProp(t: NoteTarget, name: string): unknown {
    const note = t.sheet.get(t.r, t.c)?.note ?? '';
    return name === 'content' ? note : name === 'visible' ? false : 'ОКО-план';
  }
  get content(): string {
    return this.read('content');
  }
  set content(text: string) {
    this.act('note.content', text, (t) => void (t.sheet.at(t.r, t.c).note = text));
  }
  delete(): void {
    this.act('note.delete', null, (t) => void delete t.sheet.at(t.r, t.c).note);
  }
}

class FakeNoteCollection {
  constructor(
    private readonly batch: Batch,
    private readonly path: string,
    private readonly sheet: () => FakeSheet,
  ) {}

  private note(address: string, orNull: boolean): FakeNote {
    return new FakeNote(this.batch, `${this.path}.getItem(${address})`, () => {
      const { r, c } = cellOf(address);
      const sheet = this.sheet();
      if (sheet.get(r, c)?.note !== undefined) return { sheet, r, c };
      if (orNull) return null;
      throw new FakeOfficeError('ItemNotFound', `No note at ${address}.`);
    });
  }

  getItem(address: string): FakeNote {
    return this.note(address, false);
  }
  getItemOrNullObject(address: string): FakeNote {
    return this.note(address, true);
  }
  add(address: string, content: string): FakeNote {
    this.batch.enqueue({
      request: { call: 'notes.add', on: this.path, args: [address, content] },
      run: () => {
        const { r, c } = cellOf(address);
        const cell = this.sheet().at(r, c);
        if (cell.note !== undefined)
          throw new FakeOfficeError('InvalidArgument', `The cell ${address} already has a note.`);
        cell.note = content;
      },
    });
    return this.note(address, false);
  }
}

class FakeWorksheet extends ClientObject<FakeSheet> {
  protected readonly loadable = ['name', 'visibility', 'position'];
  private noteList: FakeNoteCollection | null = null;

  /** A worksheet of a loaded collection: its name is already known. */
  static loadedAs(batch: Batch, sheet: FakeSheet): FakeWorksheet {
    const ws = new FakeWorksheet(batch, `ws(${sheet.name})`, () => sheet);
    ws.remember('name', sheet.name);
    return ws;
  }

  protected override must(): FakeSheet {
    const sheet = super.must();
    if (sheet.deleted) throw new FakeOfficeError('ItemNotFound', `${this.path} was deleted.`);
    return sheet;
  }

  protected readProp(t: FakeSheet, name: string): unknown {
    if (name === 'position') return this.batch.runtime.book.sheets.indexOf(t);
    return name === 'name' ? t.name : t.visibility;
  }

  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.act('visibility', v, (t) => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw new FakeOfficeError('InvalidArgument', v);
      t.visibility = v;
    });
  }

  private range(name: string, rect: () => RangeTarget['rect'] | null): FakeRange {
    return new FakeRange(this.batch, `${this.path}.${name}`, () => {
      const r = rect();
      return r ? { sheet: this.must(), rect: r } : null;
    });
  }

  getRange(address?: string): FakeRange {
    return this.range(`getRange(${address ?? ''})`, () => {
      if (address === undefined) return { r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLS };
      const rect = parseAddress(address);
      if (!rect) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}.`);
      return rect;
    });
  }

  getCell(r: number, c: number): FakeRange {
    return this.range(`getCell(${r},${c})`, () => ({ r0: r, c0: c, rows: 1, cols: 1 }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.batch.requireApi('1.2', 'Worksheet.getUsedRange(valuesOnly)');
    // A blank sheet's used range is its top-left cell.
    return this.range('usedRange', () => this.must().used(valuesOnly ?? false) ?? { r0: 0, c0: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.batch.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return this.range('usedRangeOrNull', () => this.must().used(valuesOnly ?? false));
  }

  get notes(): FakeNoteCollection {
    this.batch.runtime.stats.notesTouched++;
    this.batch.requireApi('1.18', 'Worksheet.notes');
    return (this.noteList ??= new FakeNoteCollection(this.batch, `${this.path}.notes`, () => this.must()));
  }

  get charts(): FakeChartCollection {
    this.batch.runtime.stats.chartsTouched++;
    return new FakeChartCollection(this.batch, `${this.path}.charts`, () => this.must());
  }

  get freezePanes(): FakeFreezePanes {
    this.batch.requireApi('1.7', 'Worksheet.freezePanes');
    return new FakeFreezePanes(this.batch, `${this.path}.freezePanes`, () => this.must());
  }

  get pageLayout(): FakeWorksheetPageLayout {
    this.batch.requireApi('1.9', 'Worksheet.pageLayout');
    return new FakeWorksheetPageLayout(this.batch, `${this.path}.pageLayout`, () => this.must());
  }

  activate(): void {
    this.act('activate', null, (t) => void (this.batch.runtime.book.active = t.name));
  }

  delete(): void {
    this.act('delete', null, (t) => {
      const book = this.batch.runtime.book;
      if (t.visibility === 'Visible' && book.sheets.filter((s) => s.visibility === 'Visible').length === 1) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      book.remove(t);
    });
  }
}

class FakeWorksheetCollection extends ClientObject<FakeBook> {
  protected readonly loadable = ['items/name', 'items'];

  protected readProp(book: FakeBook): unknown {
    return book.sheets.map((s) => s.name);
  }

  get items(): FakeWorksheet[] {
    const book = this.batch.runtime.book;
    const names = this.read<string[]>(this.hasLoaded('items/name') ? 'items/name' : 'items');
    return names.map((n) => FakeWorksheet.loadedAs(this.batch, book.sheet(n)));
  }

  private hasLoaded(prop: string): boolean {
    try {
      this.read(prop);
      return true;
    } catch {
      return false;
    }
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.batch, 'activeWorksheet', () =>
      this.batch.runtime.book.sheet(this.batch.runtime.book.active),
    );
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.batch, `ws(${name})`, () => {
      const sheet = this.batch.runtime.book.find(name);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `No worksheet «${name}».`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.batch.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.batch, `ws?(${name})`, () => this.batch.runtime.book.find(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    this.act('worksheets.add', name, (book) => {
      if (book.find(name)) throw new FakeOfficeError('ItemAlreadyExists', `A worksheet «${name}» exists.`);
      book.addSheet(name);
    });
    return this.getItem(name);
  }
}

export class FakeRequestContext {
  readonly batch: Batch;
  readonly workbook: { readonly worksheets: FakeWorksheetCollection };

  constructor(runtime: Runtime) {
    this.batch = new Batch(runtime);
    this.workbook = { worksheets: new FakeWorksheetCollection(this.batch, 'worksheets', () => runtime.book) };
  }

  sync(): Promise<void> {
    return this.batch.sync();
  }
}

export interface FakeOffice {
  readonly book: FakeBook;
  readonly stats: FakeStats;
  /** Action ids passed to Office.actions.associate, with their handlers. */
  readonly associated: Map<string, (event: unknown) => void>;
  readonly Excel: { run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> };
  readonly Office: Record<string, unknown>;
}

/** A fake host over `book`, implementing ExcelApi 1.`apiMinor` (18 by default). */
export function createFakeOffice(book: FakeBook, apiMinor = 18): FakeOffice {
  const stats = new FakeStats();
  const runtime: Runtime = { book, stats, apiMinor };
  const associated = new Map<string, (event: unknown) => void>();
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const Excel = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      stats.runs++;
      const context = new FakeRequestContext(runtime);
      const result = await batch(context);
      // Like Excel.run: whatever is still queued is sent when the batch function returns.
      if (context.batch.pending) await context.sync();
      return result;
    },
  };
  const Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: {
        isSetSupported: (name: string, version = '1.1'): boolean =>
          name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= apiMinor,
      },
    },
    actions: { associate: (id: string, handler: (event: unknown) => void) => void associated.set(id, handler) },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  return { book, stats, associated, Excel, Office };
}
