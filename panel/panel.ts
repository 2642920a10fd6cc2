/**
 * The one panel of ОКО-план: the Sheets sidebar and the Excel task pane both mount it with their
 * own bridge. Two tabs — «Замечания» (the check) and «Сроки» (statuses, «Мои сроки»). Text goes
 * in through textContent only, so every value from a plan is escaped.
 */
import { ru } from '../core/messages/ru';
import type { PanelBridge } from './bridge';
import { deadlinesBody, deadlinesToolbar, loadStatuses } from './deadlines-view';
import { el, why } from './dom';
import { issuesBody, issuesToolbar } from './issues-view';
import type { PanelContext, PanelState, Tab } from './panel-state';

const TABS: readonly Tab[] = ['issues', 'deadlines'];

export function mountPanel(root: HTMLElement, bridge: PanelBridge): void {
  const state: PanelState = {
    tab: 'issues',
    busy: null,
    message: ru.panel.empty,
    report: null,
    undo: null,
    deadlinesMessage: ru.panel.deadlinesEmpty,
    statuses: null,
    who: '',
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
          if (tab === 'issues') state.message = ru.panel.failed(why(error));
          else state.deadlinesMessage = ru.panel.failed(why(error));
        } finally {
          state.busy = null;
          render();
        }
      })();
    },
    render: () => render(),
  };

  function tabBar(): HTMLElement {
    const bar = el('div', 'tabs');
    bar.setAttribute('role', 'tablist');
    for (const tab of TABS) {
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
    root.replaceChildren();
    const issues = state.tab === 'issues';
    root.append(tabBar(), issues ? issuesToolbar(ctx) : deadlinesToolbar(ctx));
    const message = issues ? state.message : state.deadlinesMessage;
    const status = el('p', state.busy ? 'status busy' : 'status', state.busy ?? message);
    status.setAttribute('role', 'status');
    root.append(status, ...(issues ? issuesBody(ctx) : deadlinesBody(ctx)));
  }

  render();
}
