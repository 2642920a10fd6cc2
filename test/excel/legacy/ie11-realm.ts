/**
 * A Node `vm` context with only the built-ins of Internet Explorer 11 (the webview of Excel 2016
 * and 2019): what ES2015+ added is deleted, Map/Set ignore a constructor argument and have no
 * iterators, set() returns undefined; Promise stays, since Office.js brings one. RegExp flags stay:
 * V8's engine accepts `y` and `u` whatever the prototype says, so deleting their getters would
 * describe no real browser.
 */
import { createContext, runInContext, type Context } from 'node:vm';

export const IE11_USER_AGENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

/** Runs inside the context: removes what IE11 does not have. */
const STRIP = `
(function (g) {
  var gone = {
    '': ['Symbol', 'Proxy', 'Reflect', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'WeakSet',
         'WeakRef', 'FinalizationRegistry', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'SharedArrayBuffer',
         'Atomics', 'globalThis', 'queueMicrotask', 'structuredClone', 'AggregateError', 'Iterator'],
    Array: ['from', 'of'],
    'Array.prototype': ['find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'fill', 'flat', 'flatMap',
                        'entries', 'keys', 'values', 'at', 'copyWithin', 'toSorted', 'toReversed', 'toSpliced', 'with'],
    Object: ['assign', 'entries', 'values', 'fromEntries', 'getOwnPropertySymbols', 'is', 'getOwnPropertyDescriptors',
             'hasOwn', 'groupBy'],
    String: ['fromCodePoint', 'raw'],
    'String.prototype': ['includes', 'startsWith', 'endsWith', 'repeat', 'padStart', 'padEnd', 'trimStart',
                         'trimEnd', 'trimLeft', 'trimRight', 'codePointAt', 'normalize', 'at', 'replaceAll',
                         'matchAll', 'isWellFormed', 'toWellFormed'],
    Number: ['isInteger', 'isSafeInteger', 'isNaN', 'isFinite', 'parseFloat', 'parseInt', 'EPSILON',
             'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER'],
    Math: ['trunc', 'sign', 'log10', 'log2', 'log1p', 'expm1', 'hypot', 'cbrt', 'clz32', 'fround', 'imul',
           'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'],
    'Promise': ['allSettled', 'any', 'withResolvers', 'try'],
    'Promise.prototype': ['finally'],
  };
  Object.keys(gone).forEach(function (path) {
    var owner = path ? path.split('.').reduce(function (o, k) { return o[k]; }, g) : g;
    gone[path].forEach(function (name) { delete owner[name]; });
  });
  // IE11's Map and Set: no constructor argument, no iterators, set()/add() return undefined.
  function ieCollection(Native, methods) {
    function Collection() { this._c = new Native(); }
    methods.forEach(function (m) {
      Collection.prototype[m] = function (a, b) {
        var r = this._c[m](a, b);
        return m === 'set' || m === 'add' ? undefined : r;
      };
    });
    Collection.prototype.forEach = function (fn, self) {
      var that = this;
      this._c.forEach(function (v, k) { fn.call(self, v, k, that); });
    };
    Object.defineProperty(Collection.prototype, 'size', { get: function () { return this._c.size; } });
    return Collection;
  }
  g.Map = ieCollection(g.Map, ['get', 'set', 'has', 'delete', 'clear']);
  g.Set = ieCollection(g.Set, ['add', 'has', 'delete', 'clear']);
})(this);
`;

/** A fresh IE11-like global with `extra` (Office, Excel, …) on it and `window` pointing at itself. */
export function ie11Context(extra: Record<string, unknown>): Context {
  const context = createContext({
    console,
    setTimeout,
    clearTimeout,
    navigator: { userAgent: IE11_USER_AGENT },
    ...extra,
  });
  runInContext('this.window = this; this.self = this;', context);
  runInContext(STRIP, context);
  return context;
}

/** What of the list is really gone in `context` (for the test that the realm is what it claims). */
export function missingIn(context: Context, expressions: readonly string[]): string[] {
  return expressions.filter((e) => runInContext(`typeof (${e}) === 'undefined'`, context) === true);
}

/**
 * Office.js lives in the page's own realm, so the arrays it hands over have that realm's (here:
 * polyfilled) prototypes. The fake lives in Node's realm: this membrane gives the bundle every
 * array it reads as an array of the context, every object as a view whose reads do the same, and
 * every callback it passes in (Excel.run's batch, onReady's) the same treatment of its arguments.
 */
export function intoRealm<T extends object>(context: Context, value: T): T {
  const newArray = runInContext('(function () { return []; })', context) as () => unknown[];
  const views = new WeakMap<object, unknown>();
  const wrap = (v: unknown): unknown => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (v instanceof Promise) return v;
    if (Array.isArray(v)) {
      const copy = newArray();
      for (const item of v) copy.push(wrap(item));
      return copy;
    }
    const known = views.get(v);
    if (known) return known;
    const view =
      typeof v === 'function'
        ? function (this: unknown, ...args: unknown[]): unknown {
            const passed = args.map((a) =>
              typeof a === 'function'
                ? (...inner: unknown[]) => (a as (...x: unknown[]) => unknown)(...inner.map(wrap))
                : a,
            );
            return wrap((v as (...x: unknown[]) => unknown).apply(unwrapped.get(this as object) ?? this, passed));
          }
        : new Proxy(v, { get: (target, key) => wrap(Reflect.get(target, key, target)) });
    unwrapped.set(view as object, v);
    views.set(v, view);
    return view;
  };
  const unwrapped = new WeakMap<object, object>();
  return wrap(value) as T;
}
