/** «Замечания»: check the plan (or import one from Word, then check it), list the issues by severity, jump to a cell, fix and undo. */
import type { IssueView } from '../core/commands/report';
import type { FixResult } from '../core/commands/check-flows';
import type { UndoRecord } from '../core/changes/fix-apply';
import type { Severity } from '../core/check/issue';
import { ru } from '../core/messages/ru';
import { DOCX_FILE, el, filePicker } from './dom';
import type { DocxImportBridge } from './bridge';
import type { PanelContext } from './panel-state';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function issuesToolbar(ctx: PanelContext): HTMLElement {
  const { state, bridge } = ctx;
  const check = (): void =>
    ctx.run(
      ru.panel.working,
      () => bridge.check(),
      (report) => {
        state.report = report;
        state.message = report.message;
        state.undo = null;
      },
    );
  const clear = (): void =>
    ctx.run(
      ru.panel.clearing,
      () => bridge.clearMarks(),
      (message) => {
        state.report = null;
        state.undo = null;
        state.message = message;
      },
    );
  const bar = el('div', 'toolbar');
  const checkButton = el('button', 'primary', state.report ? ru.panel.recheck : ru.panel.check);
  checkButton.id = 'oko-check';
  checkButton.addEventListener('click', check);
  const clearButton = el('button', 'secondary', ru.panel.clear);
  clearButton.id = 'oko-clear';
  clearButton.addEventListener('click', clear);
  checkButton.disabled = clearButton.disabled = state.busy !== null;
  bar.append(checkButton, clearButton);
  const importer = ctx.bridge.docxImport;
  if (importer) bar.append(docxButton(ctx, importer));
  return bar;
}

/** «Импорт из Word»: the picked .docx becomes a new sheet, checked at once; its issues list here. */
function docxButton(ctx: PanelContext, importer: DocxImportBridge): HTMLElement {
  const { state } = ctx;
  const picker = filePicker('oko-docx-file', ru.docxImport.button, state.busy !== null, DOCX_FILE, (files) => {
    const file = files[0];
    if (!file) return;
    ctx.run(
      ru.docxImport.importing(file.name),
      () => importer.importDocx(file),
      (outcome) => {
        state.message = outcome.message;
        state.undo = null;
        if (outcome.ok) state.report = outcome.report;
      },
    );
  });
  picker.id = 'oko-docx-import';
  return picker;
}

export function issuesBody(ctx: PanelContext): HTMLElement[] {
  const { state, bridge } = ctx;
  const takeFix = (result: FixResult): void => {
    state.message = result.message;
    if (result.report) state.report = result.report;
    state.undo = result.ok ? result.undo : state.undo;
  };
  const fix = (issue: IssueView): void => {
    const sheet = state.report?.sheet ?? '';
    ctx.run(ru.panel.fixing, () => bridge.applyFix(sheet, issue.id), takeFix);
  };
  const undo = (record: UndoRecord): void => ctx.run(ru.panel.fixing, () => bridge.undo(record), takeFix);

  const issueNode = (issue: IssueView): HTMLElement => {
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
  };

  const out: HTMLElement[] = [];
  if (state.undo && !state.busy) {
    const record = state.undo;
    const u = el('button', 'undo', ru.panel.undo(record.label));
    u.id = 'oko-undo';
    u.addEventListener('click', () => undo(record));
    out.push(u);
  }
  const report = state.report;
  if (!report?.ok) return out;
  if (report.period) out.push(el('p', 'period', ru.panel.period(report.period)));
  for (const severity of SEVERITIES) {
    const issues = report.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) continue;
    const group = el('section', `group group-${severity}`);
    group.append(el('h2', '', `${ru.panel.groups[severity]} (${issues.length})`));
    const list = el('ul', 'issues');
    list.append(...issues.map(issueNode));
    group.append(list);
    out.push(group);
  }
  return out;
}
