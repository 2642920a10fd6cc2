/**
 * Commands are written once as generators that yield host calls; a sync driver runs them on
 * Apps Script, an async driver on Office.js and ExcelJS. Same steps, same order, on every host.
 */
import type { AsyncSheetHost, SheetHost } from '../host/host';
import { limitChanges } from '../limits/cell-limits';

type Method = keyof SheetHost;

/** One host call a command asks for. */
export type HostCall = { [K in Method]: { readonly method: K; readonly args: Parameters<SheetHost[K]> } }[Method];

export type Flow<T> = Generator<HostCall, T, unknown>;

/** Ask the host for one call; the driver sends back the host's answer. */
export function* call<K extends Method>(
  method: K,
  ...args: Parameters<SheetHost[K]>
): Generator<HostCall, ReturnType<SheetHost[K]>, unknown> {
  // The driver answers each call with that very method's result: the one cast of this design.
  return (yield { method, args } as HostCall) as ReturnType<SheetHost[K]>;
}

function invoke<R>(host: SheetHost | AsyncSheetHost, c: HostCall): R {
  const fn = host[c.method] as (...args: readonly unknown[]) => R;
  // Every host writes through here: no cell or note over Excel's limits, whatever the input.
  const args = c.method === 'apply' ? [limitChanges(c.args[0])] : c.args;
  return fn.apply(host, args);
}

export function runSync<T>(host: SheetHost, flow: Flow<T>): T {
  let step = flow.next();
  while (!step.done) step = flow.next(invoke<unknown>(host, step.value));
  return step.value;
}

export async function runAsync<T>(host: AsyncSheetHost, flow: Flow<T>): Promise<T> {
  let step = flow.next();
  while (!step.done) step = flow.next(await invoke<Promise<unknown>>(host, step.value));
  return step.value;
}
