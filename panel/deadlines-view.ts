/**
 * «Сроки»: switch tracking on, recompute, and «Мои сроки» — one executor's overdue and due-soon
 * measures, each a click away from its row.
 */
import type { StatusResult } from '../core/commands/status-flows';
import type { StatusReport } from '../core/status/status-report';
import { ru } from '../core/messages/ru';
import { cellColumn, controlDateText, dueFor, executors, type DueItem } from '../core/view/deadlines';
import { el } from './dom';
import type { PanelContext } from './panel-state';

/** A new result replaces the message; a failed one keeps the list already shown. */
function take(ctx: PanelContext, result: StatusResult): void {
  const { state } = ctx;
  state.deadlinesMessage = result.message;
  if (result.ok && result.report) state.statuses = result;
  const report = state.statuses?.report;
  if (report && state.who && !executors(report).includes(state.who)) state.who = '';
}

/** Statuses as they stand, read once when the tab is first opened. */
export function loadStatuses(ctx: PanelContext): void {
  if (ctx.state.statuses || ctx.state.busy) return;
  ctx.run(
    ru.panel.readingStatuses,
    () => ctx.bridge.statuses(),
    (result) => take(ctx, result),
  );
}

export function deadlinesToolbar(ctx: PanelContext): HTMLElement {
  const { state, bridge } = ctx;
  const bar = el('div', 'toolbar');
  // Once the plan has its «Статус» column, refreshing is the everyday action; enabling is secondary.
  const tracked = (state.statuses?.report?.columns?.status ?? null) !== null;
  const enable = el('button', tracked ? 'secondary' : 'primary', ru.panel.enableTracking);
  enable.id = 'oko-enable';
  enable.addEventListener('click', () =>
    ctx.run(
      ru.panel.enabling,
      () => bridge.enableTracking(),
      (r) => take(ctx, r),
    ),
  );
  const refresh = el('button', tracked ? 'primary' : 'secondary', ru.panel.refreshTracking);
  refresh.id = 'oko-refresh';
  refresh.addEventListener('click', () =>
    ctx.run(
      ru.panel.refreshing,
      () => bridge.refreshTracking(),
      (r) => take(ctx, r),
    ),
  );
  enable.disabled = refresh.disabled = state.busy !== null;
  bar.append(...(tracked ? [refresh, enable] : [enable, refresh]));
  return bar;
}

function whoSelect(ctx: PanelContext, report: StatusReport): HTMLElement {
  const label = el('label', 'who');
  label.append(el('span', '', ru.panel.responsible));
  const select = el('select', '');
  select.id = 'oko-who';
  const everyone = el('option', '', ru.panel.everyone);
  everyone.value = '';
  select.append(everyone);
  for (const name of executors(report)) {
    const option = el('option', '', name);
    option.value = name;
    select.append(option);
  }
  select.value = ctx.state.who;
  select.addEventListener('change', () => {
    ctx.state.who = select.value;
    ctx.render();
  });
  label.append(select);
  return label;
}

function dueNode(ctx: PanelContext, sheet: string, col: number, { row, newDate }: DueItem): HTMLElement {
  const li = el('li', `deadline deadline-${row.control.kind}`);
  li.dataset.row = String(row.row);
  const go = el('button', 'go');
  go.title = ru.panel.goToRow(row.row);
  go.addEventListener('click', () => void ctx.bridge.select(sheet, row.row, col));
  const head = el('span', 'head');
  if (row.number) head.append(el('span', 'number', row.number));
  head.append(el('span', 'activity', row.activity));
  const facts = el('span', 'facts');
  facts.append(el('span', 'date', controlDateText(row)), el('span', 'label', row.control.label));
  go.append(head, facts);
  if (newDate) go.append(el('span', 'hint', ru.panel.newDate));
  li.append(go);
  return li;
}

export function deadlinesBody(ctx: PanelContext): HTMLElement[] {
  const result = ctx.state.statuses;
  const report = result?.report;
  if (!result || !report) return [];
  const section = el('section', 'mine');
  section.append(el('h2', '', ru.panel.myDeadlines), whoSelect(ctx, report));
  const due = dueFor(report, ctx.state.who);
  if (due.length === 0) {
    section.append(el('p', 'empty', ru.panel.nothingDue));
    return [section];
  }
  section.append(el('p', 'count', ru.panel.dueCount(due.length)));
  const list = el('ul', 'deadlines');
  const col = cellColumn(report);
  list.append(...due.map((item) => dueNode(ctx, result.sheet, col, item)));
  section.append(list);
  return [section];
}
