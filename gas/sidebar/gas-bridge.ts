/**
 * The panel's bridge on Google Sheets: `google.script.run` promisified. Arguments and results are
 * plain JSON (strings, numbers, objects of them); the undo record goes as a JSON string.
 */
import type { PanelBridge } from '../../panel/bridge';
import type { PanelServer } from '../server-functions';

type ServerName = keyof PanelServer;

/** The server functions as `google.script.run` exposes them: same arguments, results via handlers. */
type ServerCalls = { readonly [K in ServerName]: (...args: Parameters<PanelServer[K]>) => void };

type ScriptRun = ServerCalls & {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
};

/** The server's message is already Russian; Apps Script may put its own prefix before it. */
const HOST_PREFIX = /^(?:(?:Exception|Error|ScriptError):\s*)+/;

declare const google: { readonly script: { readonly run: ScriptRun } };

function callServer<K extends ServerName>(
  name: K,
  ...args: Parameters<PanelServer[K]>
): Promise<ReturnType<PanelServer[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      // The server's return type is the contract of PanelServer: the one cast of the bridge.
      .withSuccessHandler((value) => resolve(value as ReturnType<PanelServer[K]>))
      .withFailureHandler((error) => reject(new Error(String(error.message).replace(HOST_PREFIX, ''))));
    const calls: ServerCalls = run;
    calls[name](...args);
  });
}

export const gasBridge: PanelBridge = {
  check: () => callServer('panelCheck'),
  clearMarks: () => callServer('panelClearMarks'),
  applyFix: (sheet, id) => callServer('panelApplyFix', sheet, id),
  undo: (record) => callServer('panelUndo', JSON.stringify(record)),
  select: (sheet, row, col) => callServer('panelSelect', sheet, row, col),
  statuses: () => callServer('panelStatuses'),
  enableTracking: () => callServer('panelEnableTracking'),
  refreshTracking: () => callServer('panelRefreshTracking'),
};
