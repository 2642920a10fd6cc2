/**
 * «Справка»: «Составить справку» rebuilds the «Сводная справка» sheet of the plan, the panel shows
 * the short text, and «Скачать справку (.docx)» makes the Word file right here and downloads it.
 */
import { ru } from '../core/messages/ru';
import type { SummaryBridge } from './bridge';
import { anchorOf, linkOf, revoke, startDownload } from './downloads';
import { el } from './dom';
import type { PanelContext } from './panel-state';

const m = ru.panel.summary;

function build(ctx: PanelContext, bridge: SummaryBridge): void {
  const s = ctx.state.summary;
  ctx.run(
    m.building,
    () => bridge.build(),
    (outcome) => {
      s.message = outcome.message;
      if (!outcome.ok) return;
      s.sentences = outcome.sentences;
      s.sheet = outcome.sheet;
      // A .docx of the previous build would not match the new text.
      if (s.docx) revoke([s.docx]);
      s.docx = null;
    },
  );
}

function download(ctx: PanelContext, bridge: SummaryBridge): void {
  const s = ctx.state.summary;
  ctx.run(
    m.making,
    () => bridge.docx(),
    (file) => {
      if (s.docx) revoke([s.docx]);
      s.docx = linkOf(file);
      startDownload(s.docx);
    },
  );
}

export function summaryToolbar(ctx: PanelContext): HTMLElement {
  const bar = el('div', 'toolbar');
  const bridge = ctx.bridge.summary;
  if (!bridge) return bar;
  const go = el('button', 'primary', m.build);
  go.id = 'oko-summary';
  go.disabled = ctx.state.busy !== null;
  go.addEventListener('click', () => build(ctx, bridge));
  bar.append(go);
  return bar;
}

export function summaryBody(ctx: PanelContext): HTMLElement[] {
  const s = ctx.state.summary;
  const bridge = ctx.bridge.summary;
  if (!bridge || s.sentences.length === 0) return [];
  const section = el('section', 'summary');
  section.append(el('h2', '', m.textHead));
  const text = el('p', 'summary-text', s.sentences.join(' '));
  text.id = 'oko-summary-text';
  section.append(text);
  const bar = el('div', 'toolbar');
  const docx = el('button', 'primary', m.download);
  docx.id = 'oko-summary-docx';
  docx.disabled = ctx.state.busy !== null;
  docx.addEventListener('click', () => download(ctx, bridge));
  bar.append(docx);
  const sheet = s.sheet;
  if (sheet) {
    const open = el('button', 'secondary', m.openSheet);
    open.id = 'oko-summary-open';
    open.addEventListener('click', () => void ctx.bridge.select(sheet, 1, 1));
    bar.append(open);
  }
  section.append(bar);
  if (s.docx) section.append(anchorOf(s.docx, 'file', s.docx.name));
  return [section];
}
