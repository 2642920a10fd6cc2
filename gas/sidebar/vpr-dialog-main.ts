/**
 * The page of «Объективность ВПР…» (VprDialog.html): pick the downloaded files, watch the
 * progress, read the result. Every text goes in through textContent.
 */
import { ru } from '../../core/messages/ru';
import type { VprOutcome } from '../../core/vpr/vpr-outcome';
import type { ZipEnv } from '../../core/xlsx-lite/read-book';
import type { VprServer } from '../vpr-server';
import { el } from './dialog-el';
import { closeDialog, serverCall } from './dialog-server';
import { runVprDialog } from './vpr-dialog-run';

const server = serverCall<VprServer>();

/** Raw DEFLATE by the browser's own DecompressionStream (every browser Google Sheets supports). */
const browserZip: ZipEnv = {
  inflate: async (data) => {
    const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  },
  decode: (data) => new TextDecoder().decode(data),
};

function list(title: string, lines: readonly string[]): HTMLElement[] {
  if (lines.length === 0) return [];
  const ul = el('ul');
  for (const l of lines) ul.append(el('li', l));
  return [el('h3', title), ul];
}

function show(out: HTMLElement, o: VprOutcome): void {
  const h = ru.vpr.host;
  out.replaceChildren(
    el('p', o.message, o.ok ? 'ok' : 'bad'),
    ...(o.index ? [el('p', o.index, 'index')] : []),
    ...list(h.flaggedHead, o.flagged),
    ...(o.ok && o.flagged.length === 0 ? [el('p', ru.vpr.cli.noFlagged)] : []),
    ...list(h.notesHead, o.notes),
  );
}

function mount(root: HTMLElement): void {
  const h = ru.vpr.host;
  const input = el('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  input.id = 'vpr-files';
  const go = el('button', h.run, 'primary');
  go.id = 'vpr-run';
  go.disabled = true;
  const close = el('button', h.close);
  close.addEventListener('click', closeDialog);
  const bar = el('progress');
  bar.max = 1;
  bar.value = 0;
  const status = el('p', h.choose, 'status');
  status.setAttribute('role', 'status');
  const out = el('div');
  input.addEventListener('change', () => {
    const n = input.files?.length ?? 0;
    go.disabled = n === 0;
    status.textContent = n ? h.chosen(n) : h.choose;
  });
  go.addEventListener('click', () => {
    const files = Array.from(input.files ?? []);
    if (typeof DecompressionStream === 'undefined') {
      status.textContent = h.oldBrowser;
      return;
    }
    go.disabled = true;
    input.disabled = true;
    out.replaceChildren();
    runVprDialog(files, {
      zip: browserZip,
      params: () => server('vprParams'),
      write: (json) => server('vprWrite', json),
      progress: (text, done, total) => {
        status.textContent = text;
        bar.max = Math.max(total, 1);
        bar.value = done;
      },
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    })
      .then((o) => {
        status.textContent = '';
        show(out, o);
      })
      .catch((error: unknown) => {
        status.textContent = ru.panel.failed(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        go.disabled = false;
        input.disabled = false;
      });
  });
  root.append(el('p', h.intro), input, el('div'), go, close, bar, status, out);
}

const root = document.getElementById('oko-vpr');
if (root) mount(root);
