/**
 * The batching core of the fake Office.js: calls are queued, `context.sync()` runs them in order
 * against the fake book, loaded properties become readable only after that sync (reading one
 * earlier throws, as Office.js does), and every sync is measured: its request (JSON of the queued
 * calls and data) and response (JSON of the loaded values) are capped at 5 MB like Excel on the web.
 */
import type { FakeBook } from './fake-book';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const encoder = new TextEncoder();
export const jsonSize = (v: unknown): number => encoder.encode(JSON.stringify(v) ?? '').length;

export interface SyncRecord {
  readonly request: number;
  readonly response: number;
  /** Error code when the sync failed. */
  readonly failed?: string;
}

/** What a test can assert on: syncs with their sizes, and which guarded APIs were touched. */
export class FakeStats {
  readonly syncs: SyncRecord[] = [];
  /** Accesses to `worksheet.notes` / `workbook.notes`. */
  notesTouched = 0;
  /** Accesses to `worksheet.charts`. */
  chartsTouched = 0;
  /** APIs called although the requirement set says they are missing. */
  readonly unsupported: string[] = [];
  /** Excel.run calls. */
  runs = 0;
  /** Calls and property writes that reached the document, by name (`values`, `dataValidation.rule`…). */
  readonly calls = new Map<string, number>();

  /** How many times `name` ran; a prefix ending in `.` sums a family (`conditionalFormats.`). */
  count(name: string): number {
    if (!name.endsWith('.')) return this.calls.get(name) ?? 0;
    return [...this.calls].reduce((n, [k, v]) => (k.startsWith(name) ? n + v : n), 0);
  }

  get maxRequest(): number {
    return Math.max(0, ...this.syncs.map((s) => s.request));
  }
  get maxResponse(): number {
    return Math.max(0, ...this.syncs.map((s) => s.response));
  }
  reset(): void {
    this.syncs.length = 0;
    this.unsupported.length = 0;
    this.calls.clear();
    this.notesTouched = 0;
    this.chartsTouched = 0;
    this.runs = 0;
  }
}

export interface Runtime {
  readonly book: FakeBook;
  readonly stats: FakeStats;
  /** Minor version of ExcelApi the fake host implements: 18 means ExcelApi 1.18. */
  readonly apiMinor: number;
}

/** Loaded values of one call, applied only if the whole sync succeeds. */
interface Loaded {
  readonly bytes: number;
  commit(): void;
}

interface Action {
  readonly request: unknown;
  run(): Loaded | void;
}

function callName(request: unknown): string | null {
  if (typeof request !== 'object' || request === null || !('call' in request)) return null;
  return String(request.call);
}

export class Batch {
  private queue: Action[] = [];
  constructor(readonly runtime: Runtime) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Marks a call of a newer requirement set: on an older host it fails at sync, as in Office. */
  requireApi(version: string, api: string): void {
    const minor = Number(version.split('.')[1]);
    if (minor <= this.runtime.apiMinor) return;
    this.runtime.stats.unsupported.push(api);
    this.enqueue({
      request: { api },
      run: () => {
        throw new FakeOfficeError('ApiNotFound', `${api} needs ExcelApi ${version}`);
      },
    });
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const actions = this.queue;
    this.queue = [];
    const stats = this.runtime.stats;
    const request = actions.reduce((n, a) => n + jsonSize(a.request), 0);
    if (request > PAYLOAD_LIMIT) {
      stats.syncs.push({ request, response: 0, failed: 'RequestPayloadSizeLimitExceeded' });
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const loaded: Loaded[] = [];
    try {
      for (const a of actions) {
        const l = a.run();
        if (l) loaded.push(l);
      }
    } catch (error) {
      stats.syncs.push({
        request,
        response: 0,
        failed: error instanceof FakeOfficeError ? error.code : 'GeneralException',
      });
      throw error;
    }
    const response = loaded.reduce((n, l) => n + l.bytes, 0);
    if (response > PAYLOAD_LIMIT) {
      stats.syncs.push({ request, response, failed: 'ResponsePayloadSizeLimitExceeded' });
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
    for (const l of loaded) l.commit();
    for (const a of actions) {
      const name = callName(a.request);
      if (name) stats.calls.set(name, (stats.calls.get(name) ?? 0) + 1);
    }
    stats.syncs.push({ request, response });
  }
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** OfficeExtension.ClientResult: a value a method returns, readable after the next sync. */
export class FakeClientResult<T> {
  private known = false;
  private got: T | undefined;
  set(value: T): void {
    this.known = true;
    this.got = value;
  }
  get value(): T {
    if (!this.known) throw notLoaded('value');
    return this.got as T;
  }
}

/** A proxy: queues calls on a document object that is found only when the batch runs. */
export abstract class ClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private target: T | null | undefined;

  constructor(
    readonly batch: Batch,
    readonly path: string,
    private readonly resolver: () => T | null,
  ) {}

  /** Property names `load` accepts on this object. */
  protected abstract readonly loadable: readonly string[];
  protected abstract readProp(target: T, name: string): unknown;

  /** The document object, found once, like a server-side reference; null for a null object. */
  protected resolve(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }

  protected must(): T {
    const t = this.resolve();
    if (t === null) throw new FakeOfficeError('ItemNotFound', `${this.path} does not exist.`);
    return t;
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** For proxies handed out already loaded, like the items of a loaded collection. */
  protected remember(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
    this.loaded.set('isNullObject', false);
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    for (const n of names) if (!this.loadable.includes(n)) throw new Error(`fake: cannot load '${n}' on ${this.path}`);
    this.batch.enqueue({
      request: { load: this.path, props: names },
      run: () => {
        const t = this.resolve();
        if (t === null) return { bytes: 20, commit: () => this.loaded.set('isNullObject', true) };
        const values = Object.fromEntries(names.map((n) => [n, this.readProp(t, n)]));
        return {
          bytes: jsonSize(values),
          commit: () => {
            for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
            this.loaded.set('isNullObject', false);
          },
        };
      },
    });
    return this;
  }

  /** Queues a call or a property write; it runs, in order, at the next sync. */
  protected act(name: string, args: unknown, run: (target: T) => void): void {
    this.batch.enqueue({ request: { call: name, on: this.path, args }, run: () => run(this.must()) });
  }
}
