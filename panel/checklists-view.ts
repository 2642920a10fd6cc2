/**
 * «Чек-листы»: prepare the book, make one file per school (a .zip and a link each, to attach to
 * e-mails), pick the returned files and collect them — with progress while many files are read —
 * then the outcome: who submitted, what went to quarantine and why, who has not submitted.
 */
import type { CollectReport } from '../core/checklists/collect';
import { ru } from '../core/messages/ru';
import type { ChecklistsBridge, Progress } from './bridge';
import { anchorOf, linkOf, revoke, startDownload } from './downloads';
import { el, xlsxPicker } from './dom';
import type { PanelContext } from './panel-state';

const m = ru.panel.checklists;

/** Progress repaints at most this often: a thousand files must not mean a thousand renders. */
const REPAINT_MS = 100;

/** A progress callback that shows `label(done, total)` as the busy text, with a bar. */
function tracker(ctx: PanelContext, label: (done: number, total: number) => string, after?: string): Progress {
  let last = 0;
  return (done, total) => {
    ctx.state.busy = done === total && after ? after : label(done, total);
    ctx.state.checklists.progress = { done, total };
    if (done === total || Date.now() - last >= REPAINT_MS) {
      last = Date.now();
      ctx.render();
    }
  };
}

function prepare(ctx: PanelContext, bridge: ChecklistsBridge): void {
  ctx.run(
    m.preparing,
    () => bridge.prepare(),
    (r) => void (ctx.state.checklists.message = r.message),
  );
}

function send(ctx: PanelContext, bridge: ChecklistsBridge): void {
  const s = ctx.state.checklists;
  ctx.run(
    m.planning,
    () => bridge.makeFiles(tracker(ctx, m.making)),
    (made) => {
      s.message = made.message;
      if (!made.ok) return;
      if (s.made) revoke([s.made.zip, ...s.made.files]);
      s.made = { zip: linkOf(made.zip), files: made.files.map(linkOf), warnings: made.warnings };
      startDownload(s.made.zip);
    },
  );
}

function collect(ctx: PanelContext, bridge: ChecklistsBridge): void {
  const s = ctx.state.checklists;
  if (s.chosen.length === 0) {
    s.message = m.chooseFirst;
    ctx.render();
    return;
  }
  const files = s.chosen;
  ctx.run(
    m.reading(0, files.length),
    () => bridge.collect(files, tracker(ctx, m.reading, m.writing)),
    (outcome) => {
      if (!outcome.ok) {
        s.message = outcome.message;
        return;
      }
      s.message = outcome.report.message;
      s.report = outcome.report;
    },
  );
}

export function checklistsToolbar(ctx: PanelContext): HTMLElement {
  const bar = el('div', 'toolbar');
  const bridge = ctx.bridge.checklists;
  if (!bridge) return bar;
  const prep = el('button', 'secondary', m.prepare);
  prep.id = 'oko-prepare';
  prep.addEventListener('click', () => prepare(ctx, bridge));
  const sendButton = el('button', 'primary', m.send);
  sendButton.id = 'oko-send';
  sendButton.addEventListener('click', () => send(ctx, bridge));
  prep.disabled = sendButton.disabled = ctx.state.busy !== null;
  bar.append(prep, sendButton);
  return bar;
}

function progressBar(ctx: PanelContext): HTMLElement[] {
  const p = ctx.state.checklists.progress;
  if (!ctx.state.busy || !p) return [];
  const bar = el('progress', 'progress');
  bar.id = 'oko-progress';
  bar.max = p.total;
  bar.value = p.done;
  return [bar];
}

function downloads(ctx: PanelContext): HTMLElement[] {
  const made = ctx.state.checklists.made;
  if (!made) return [];
  const section = el('section', 'made');
  const zip = anchorOf(made.zip, 'zip', m.zipLink(made.files.length));
  zip.id = 'oko-zip';
  section.append(el('h2', '', m.filesHead), zip);
  for (const w of made.warnings) section.append(el('p', 'warning', w));
  const list = el('ul', 'files');
  for (const f of made.files) {
    const li = el('li', '');
    li.append(anchorOf(f, 'file', f.name), el('span', 'title', f.title));
    list.append(li);
  }
  section.append(list);
  return [section];
}

function picker(ctx: PanelContext): HTMLElement {
  const s = ctx.state.checklists;
  const box = el('section', 'collect');
  const label = xlsxPicker('oko-files', m.choose, ctx.state.busy !== null, (files) => {
    s.chosen = files;
    ctx.render();
  });
  const count = el('span', 'chosen', s.chosen.length > 0 ? m.chosen(s.chosen.length) : m.noneChosen);
  const go = el('button', 'primary', m.collect);
  go.id = 'oko-collect';
  go.disabled = ctx.state.busy !== null;
  const bridge = ctx.bridge.checklists;
  if (bridge) go.addEventListener('click', () => collect(ctx, bridge));
  const bar = el('div', 'toolbar');
  bar.append(label, go);
  box.append(bar, count);
  return box;
}

function outcome(ctx: PanelContext, report: CollectReport): HTMLElement {
  const section = el('section', 'outcome');
  const open = el('button', 'secondary', m.openSummary);
  open.id = 'oko-open-summary';
  open.addEventListener('click', () => void ctx.bridge.select(ru.checklists.sheets.summary, 1, 1));
  const done = report.schools.length - report.notSubmitted.length;
  section.append(open, el('h2', '', m.submittedHead(done, report.schools.length)));
  for (const w of report.warnings) section.append(el('p', 'warning', w));
  if (report.quarantine.length > 0) {
    section.append(el('h2', '', m.quarantineHead(report.quarantine.length)));
    const list = el('ul', 'quarantine');
    for (const q of report.quarantine) {
      const li = el('li', '');
      li.dataset.file = q.file;
      li.append(el('span', 'file', q.file), el('span', 'reason', q.reason));
      list.append(li);
    }
    section.append(list);
  }
  const names = new Map(report.schools.map((s) => [s.code, s]));
  section.append(el('h2', '', m.notSubmittedHead(report.notSubmitted.length)));
  if (report.notSubmitted.length === 0) section.append(el('p', 'empty', m.allSubmitted));
  const list = el('ul', 'not-submitted');
  for (const code of report.notSubmitted) {
    const school = names.get(code);
    const li = el('li', '');
    li.dataset.code = code;
    li.append(
      el('span', 'code', code),
      el('span', 'name', school?.name ?? ''),
      el('span', 'label', school?.status ?? ''),
    );
    list.append(li);
  }
  section.append(list);
  return section;
}

export function checklistsBody(ctx: PanelContext): HTMLElement[] {
  const report = ctx.state.checklists.report;
  return [...progressBar(ctx), ...downloads(ctx), picker(ctx), ...(report ? [outcome(ctx, report)] : [])];
}
