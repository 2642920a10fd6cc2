/**
 * The one panel of ОКО-план: the Sheets sidebar and the Excel task pane both mount it with their
 * own bridge. Tabs: «Замечания» (the check), «Сроки» (statuses, «Мои сроки») and, where the
 * bridge offers them, «Чек-листы» (school checklists), «Справка» (the summary and its .docx) and «ВПР». Text goes in through textContent only, so
 * every value from a plan or a school file is escaped.
 */
import { ru } from '../core/messages/ru';
import type { PanelBridge } from './bridge';
import { checklistsBody, checklistsToolbar } from './checklists-view';
import { deadlinesBody, deadlinesToolbar, loadStatuses } from './deadlines-view';
import { el, why } from './dom';
import { issuesBody, issuesToolbar } from './issues-view';
import { summaryBody, summaryToolbar } from './summary-view';
import { vprBody, vprToolbar } from './vpr-view';
import type { PanelContext, PanelState, Tab } from './panel-state';

interface View {
  toolbar(ctx: PanelContext): HTMLElement;
  body(ctx: PanelContext): HTMLElement[];
  message(state: PanelState): string;
  /** Tells the tab's failures. */
  fail(state: PanelState, text: string): void;
}

const VIEWS: Readonly<Record<Tab, View>> = {
  issues: {
    toolbar: issuesToolbar,
    body: issuesBody,
    message: (s) => s.message,
    fail: (s, text) => void (s.message = text),
  },
  deadlines: {
    toolbar: deadlinesToolbar,
    body: deadlinesBody,
    message: (s) => s.deadlinesMessage,
    fail: (s, text) => void (s.deadlinesMessage = text),
  },
  checklists: {
    toolbar: checklistsToolbar,
    body: checklistsBody,
    message: (s) => s.checklists.message,
    fail: (s, text) => void (s.checklists.message = text),
  },
  summary: {
    toolbar: summaryToolbar,
    body: summaryBody,
    message: (s) => s.summary.message,
    fail: (s, text) => void (s.summary.message = text),
  },
  vpr: {
    toolbar: vprToolbar,
    body: vprBody,
    message: (s) => s.vpr.message,
    fail: (s, text) => void (s.vpr.message = text),
  },
};

export function mountPanel(root: HTMLElement, bridge: PanelBridge): void {
  const tabs: readonly Tab[] = [
    'issues',
    'deadlines',
    ...(bridge.checklists ? (['checklists'] as const) : []),
    ...(bridge.summary ? (['summary'] as const) : []),
    ...(bridge.vpr ? (['vpr'] as const) : []),
  ];
  const state: PanelState = {
    tab: 'issues',
    busy: null,
    message: ru.panel.empty,
    report: null,
    undo: null,
    deadlinesMessage: ru.panel.deadlinesEmpty,
    statuses: null,
    who: '',
    checklists: { message: ru.panel.checklists.empty, chosen: [], made: null, report: null, progress: null },
    summary: { message: ru.panel.summary.empty, sentences: [], sheet: null, docx: null },
    vpr: { message: ru.vpr.host.choose, chosen: [], outcome: null, progress: null },
  };

  const ctx: PanelContext = {
    bridge,
    state,
    run: (busy, action, done) => {
      if (state.busy) return;
      const tab = state.tab;
      state.busy = busy;
      render();
      void (async () => {
        try {
          done(await action());
        } catch (error) {
          // The failure is told on the tab that asked, even if the person switched meanwhile.
          VIEWS[tab].fail(state, ru.panel.failed(why(error)));
        } finally {
          state.busy = null;
          state.checklists.progress = null;
          state.vpr.progress = null;
          render();
        }
      })();
    },
    render: () => render(),
  };

  function tabBar(): HTMLElement {
    const bar = el('div', 'tabs');
    bar.setAttribute('role', 'tablist');
    for (const tab of tabs) {
      const b = el('button', tab === state.tab ? 'tab active' : 'tab', ru.panel.tabs[tab]);
      b.id = `oko-tab-${tab}`;
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(tab === state.tab));
      b.addEventListener('click', () => {
        state.tab = tab;
        render();
        if (tab === 'deadlines') loadStatuses(ctx);
      });
      bar.append(b);
    }
    return bar;
  }

  function render(): void {
    const view = VIEWS[state.tab];
    root.replaceChildren();
    root.append(tabBar(), view.toolbar(ctx));
    const status = el('p', state.busy ? 'status busy' : 'status', state.busy ?? view.message(state));
    status.setAttribute('role', 'status');
    root.append(status, ...view.body(ctx));
  }

  render();
}
