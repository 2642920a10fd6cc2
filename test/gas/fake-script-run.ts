/**
 * `google.script.run` for the sidebar bridge, wired to the global functions of a Code.js loaded
 * in a vm. Like the real one it accepts and returns only plain values: a Date, a function or
 * undefined inside a payload fails the call, and results arrive asynchronously as copies.
 */
import type { Gas } from './gas-harness';

function assertPlain(v: unknown, where: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return;
  if (Object.prototype.toString.call(v) === '[object Date]')
    throw new Error(`${where}: a Date cannot cross google.script.run`);
  if (Array.isArray(v)) return v.forEach((x, i) => assertPlain(x, `${where}[${i}]`));
  if (typeof v === 'object') return Object.entries(v).forEach(([k, x]) => assertPlain(x, `${where}.${k}`));
  throw new Error(`${where}: a ${typeof v} cannot cross google.script.run`);
}

type Handler = (value: unknown) => void;

/** One runner with its handlers, a fresh copy per `with…Handler` like the real chain. */
function runner(gas: Gas, calls: string[], success: Handler | null, failure: Handler | null): object {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (name === 'withSuccessHandler') return (h: Handler) => runner(gas, calls, h, failure);
        if (name === 'withFailureHandler') return (h: Handler) => runner(gas, calls, success, h);
        if (typeof name !== 'string') return undefined;
        return (...args: unknown[]) => {
          calls.push(name);
          setTimeout(() => {
            try {
              args.forEach((a, i) => assertPlain(a, `${name} argument ${i + 1}`));
              const result = gas.run(name, ...args);
              if (result !== undefined) assertPlain(result, `${name} result`);
              success?.(result === undefined ? undefined : JSON.parse(JSON.stringify(result)));
            } catch (error) {
              // Errors of the vm realm fail `instanceof Error` here; the real runner passes the message on.
              const message =
                typeof error === 'object' && error !== null && 'message' in error
                  ? String(error.message)
                  : String(error);
              failure?.(new Error(message));
            }
          }, 0);
        };
      },
    },
  );
}

/** Install `google.script.run` on this realm's global; returns the names called, in order. */
export function installScriptRun(gas: Gas): string[] {
  const calls: string[] = [];
  const root = globalThis as { google?: unknown };
  root.google = {
    script: {
      get run() {
        return runner(gas, calls, null, null);
      },
    },
  };
  return calls;
}
