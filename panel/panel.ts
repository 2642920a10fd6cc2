/**
 * The one panel of ОКО-план: the Sheets sidebar and the Excel task pane both mount it with their
 * own bridge. Text goes in through textContent only, so every value from a plan is escaped.
 */
import type { CheckReport, IssueView } from '../core/commands/report';
import type { FixResult } from '../core/commands/check-flows';
import type { UndoRecord } from '../core/changes/fix-apply';
import type { Severity } from '../core/check/issue';
import { ru } from '../core/messages/ru';
import type { PanelBridge } from './bridge';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

interface State {
  busy: string | null;
  message: string;
  report: CheckReport | null;
  undo: UndoRecord | null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function why(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function mountPanel(root: HTMLElement, bridge: PanelBridge): void {
  const state: State = { busy: null, message: ru.panel.empty, report: null, undo: null };

  const run = async <T>(busy: string, action: () => Promise<T>, done: (value: T) => void): Promise<void> => {
    if (state.busy) return;
    state.busy = busy;
    render();
    try {
      done(await action());
    } catch (error) {
      state.message = ru.panel.failed(why(error));
    } finally {
      state.busy = null;
      render();
    }
  };

  const takeFix = (result: FixResult): void => {
    state.message = result.message;
    if (result.report) state.report = result.report;
    state.undo = result.ok ? result.undo : state.undo;
  };

  const check = (): void =>
    void run(ru.panel.working, () => bridge.check(), (report) => {
      state.report = report;
      state.message = report.message;
      state.undo = null;
    });
  const clear = (): void =>
    void run(ru.panel.clearing, () => bridge.clearMarks(), (message) => {
      state.report = null;
      state.undo = null;
      state.message = message;
    });
  const fix = (issue: IssueView): void => {
    const sheet = state.report?.sheet ?? '';
    void run(ru.panel.fixing, () => bridge.applyFix(sheet, issue.id), takeFix);
  };
  const undo = (record: UndoRecord): void => void run(ru.panel.fixing, () => bridge.undo(record), takeFix);

  function issueNode(issue: IssueView): HTMLElement {
    const li = el('li', `issue issue-${issue.severity}`);
    li.dataset.id = issue.id;
    const go = el('button', 'cell', issue.cell);
    go.title = ru.panel.goTo(issue.cell);
    go.addEventListener('click', () => void bridge.select(state.report?.sheet ?? '', issue.row, issue.col));
    li.append(go, el('span', 'message', issue.message));
    if (issue.fix) {
      const b = el('button', 'fix', issue.fix);
      b.disabled = state.busy !== null;
      b.addEventListener('click', () => fix(issue));
      li.append(b);
    }
    return li;
  }

  function render(): void {
    root.replaceChildren();
    const bar = el('div', 'toolbar');
    const checkButton = el('button', 'primary', state.report ? ru.panel.recheck : ru.panel.check);
    checkButton.id = 'oko-check';
    checkButton.addEventListener('click', check);
    const clearButton = el('button', 'secondary', ru.panel.clear);
    clearButton.id = 'oko-clear';
    clearButton.addEventListener('click', clear);
    checkButton.disabled = clearButton.disabled = state.busy !== null;
    bar.append(checkButton, clearButton);
    root.append(bar);

    const status = el('p', state.busy ? 'status busy' : 'status', state.busy ?? state.message);
    status.setAttribute('role', 'status');
    root.append(status);

    if (state.undo && !state.busy) {
      const record = state.undo;
      const u = el('button', 'undo', ru.panel.undo(record.label));
      u.id = 'oko-undo';
      u.addEventListener('click', () => undo(record));
      root.append(u);
    }
    const report = state.report;
    if (!report?.ok) return;
    if (report.period) root.append(el('p', 'period', ru.panel.period(report.period)));
    for (const severity of SEVERITIES) {
      const issues = report.issues.filter((i) => i.severity === severity);
      if (issues.length === 0) continue;
      const group = el('section', `group group-${severity}`);
      group.append(el('h2', '', `${ru.panel.groups[severity]} (${issues.length})`));
      const list = el('ul', 'issues');
      list.append(...issues.map(issueNode));
      group.append(list);
      root.append(group);
    }
  }

  render();
}
