/**
 * A dialog's calls to its server functions: `google.script.run` promisified and typed by the
 * server's interface, so page and server cannot drift. Arguments and results are plain JSON.
 */

type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
} & Readonly<Record<string, (...args: never[]) => void>>;

declare const google: { readonly script: { readonly run: ScriptRun; readonly host: { close(): void } } };

/** The server's message is already Russian; Apps Script may put its own prefix before it. */
const HOST_PREFIX = /^(?:(?:Exception|Error|ScriptError):\s*)+/;

type Calls<S> = { [K in keyof S]: S[K] extends (...args: infer A) => unknown ? A : never };
type Results<S> = { [K in keyof S]: S[K] extends (...args: never[]) => infer R ? R : never };

/** Calls `name` on the server; a failure rejects with the server's Russian message. */
export function serverCall<S>() {
  return <K extends keyof S & string>(name: K, ...args: Calls<S>[K]): Promise<Results<S>[K]> =>
    new Promise((resolve, reject) => {
      const run = google.script.run
        // The server's return type is the contract of S: the one cast of the dialogs.
        .withSuccessHandler((value) => resolve(value as Results<S>[K]))
        .withFailureHandler((error) => reject(new Error(String(error.message).replace(HOST_PREFIX, ''))));
      const fn = run[name] as unknown as (...a: Calls<S>[K]) => void;
      fn(...args);
    });
}

/** Closes the dialog. */
export function closeDialog(): void {
  google.script.host.close();
}
