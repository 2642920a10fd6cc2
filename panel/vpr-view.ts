/**
 * «ВПР»: pick the downloaded ВПР results files (several at once), analyse them with progress,
 * then the index, the schools with signs and what could not be read; «Открыть лист» shows the sheet.
 */
import { ru } from '../core/messages/ru';
import type { VprBridge } from './bridge';
import { el, xlsxPicker } from './dom';
import type { PanelContext } from './panel-state';

const m = ru.vpr.host;
/** Progress repaints at most this often. */
const REPAINT_MS = 100;

function analyse(ctx: PanelContext, bridge: VprBridge): void {
  const s = ctx.state.vpr;
  if (s.chosen.length === 0) {
    s.message = m.choose;
    ctx.render();
    return;
  }
  let last = 0;
  ctx.run(
    m.reading(1, s.chosen.length, s.chosen[0]?.name ?? ''),
    () =>
      bridge.analyse(s.chosen, (text, done, total) => {
        ctx.state.busy = text;
        s.progress = { done, total };
        if (done === total || Date.now() - last >= REPAINT_MS) {
          last = Date.now();
          ctx.render();
        }
      }),
    (outcome) => {
      s.progress = null;
      s.message = outcome.message;
      s.outcome = outcome;
    },
  );
}

export function vprToolbar(ctx: PanelContext): HTMLElement {
  const s = ctx.state.vpr;
  const bar = el('div', 'toolbar');
  const bridge = ctx.bridge.vpr;
  if (!bridge) return bar;
  const label = xlsxPicker('oko-vpr-files', ru.panel.checklists.choose, ctx.state.busy !== null, (files) => {
    s.chosen = files;
    s.message = s.chosen.length ? m.chosen(s.chosen.length) : m.choose;
    ctx.render();
  });
  const go = el('button', 'primary', m.run);
  go.id = 'oko-vpr-run';
  go.disabled = ctx.state.busy !== null || s.chosen.length === 0;
  go.addEventListener('click', () => analyse(ctx, bridge));
  bar.append(label, go);
  return bar;
}

function list(cls: string, head: string, lines: readonly string[]): HTMLElement[] {
  if (lines.length === 0) return [];
  const ul = el('ul', cls);
  for (const l of lines) ul.append(el('li', '', l));
  return [el('h2', '', head), ul];
}

export function vprBody(ctx: PanelContext): HTMLElement[] {
  const s = ctx.state.vpr;
  const out: HTMLElement[] = [];
  if (ctx.state.busy && s.progress) {
    const bar = el('progress', 'progress');
    bar.id = 'oko-vpr-progress';
    bar.max = Math.max(s.progress.total, 1);
    bar.value = s.progress.done;
    out.push(bar);
  }
  const o = s.outcome;
  if (!o) return [...out, el('p', 'empty', m.intro)];
  const section = el('section', 'outcome');
  if (o.index) section.append(el('p', 'index', o.index));
  const sheet = o.sheet;
  if (sheet) {
    const open = el('button', 'secondary', m.openSheet);
    open.id = 'oko-vpr-open';
    open.addEventListener('click', () => void ctx.bridge.select(sheet, 1, 1));
    section.append(open);
  }
  section.append(...list('vpr-flagged', m.flaggedHead, o.flagged));
  if (o.ok && o.flagged.length === 0) section.append(el('p', 'empty', ru.vpr.cli.noFlagged));
  section.append(...list('vpr-notes', m.notesHead, o.notes));
  return [...out, section];
}
