/**
 * Every id the manifest and the code must agree on, in one place: a test compares them with
 * manifests/manifest.xml, so a renamed action cannot leave a dead ribbon button.
 */

/** FunctionName of each ExecuteFunction button; the commands bundle associates each one. */
export const ACTIONS = {
  checkPlan: 'okoCheckPlan',
  clearMarks: 'okoClearMarks',
  enableTracking: 'okoEnableTracking',
  refreshTracking: 'okoRefreshTracking',
  summary: 'okoSummary',
} as const;

export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];

/** The task pane the «Открыть панель» button shows. */
export const TASKPANE_ID = 'OkoPlan.Taskpane';

/** Ribbon control ids, one per button, plus the tab and group. */
export const CONTROLS = {
  tab: 'OkoPlan.Tab',
  group: 'OkoPlan.Group',
  checkPlan: 'OkoPlan.CheckPlan',
  clearMarks: 'OkoPlan.ClearMarks',
  enableTracking: 'OkoPlan.EnableTracking',
  refreshTracking: 'OkoPlan.RefreshTracking',
  summary: 'OkoPlan.Summary',
  openPane: 'OkoPlan.OpenPane',
} as const;

/** Pages of the built add-in, relative to the base URL. */
export const PAGES = {
  taskpane: 'taskpane.html',
  commands: 'commands.html',
  message: 'message.html',
} as const;

/** Where Office requires Office.js to come from; the test harness swaps it, the build never does. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
