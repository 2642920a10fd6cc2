/**
 * The page of «Импорт из Word…» (DocxDialog.html): choose the .docx, import it, read the outcome.
 * Every text goes in through textContent.
 */
import { ru } from '../../core/messages/ru';
import type { DocxImportServer } from '../docx-import-server';
import { el } from './dialog-el';
import { closeDialog, serverCall } from './dialog-server';
import { runDocxDialog } from './docx-dialog-run';

const server = serverCall<DocxImportServer>();

function mount(root: HTMLElement): void {
  const m = ru.docxImport;
  const input = el('input');
  input.type = 'file';
  input.accept = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  input.id = 'docx-file';
  const go = el('button', m.run, 'primary');
  go.id = 'docx-run';
  go.disabled = true;
  const close = el('button', m.cancel);
  close.addEventListener('click', closeDialog);
  const status = el('p', m.pickFile, 'status');
  status.setAttribute('role', 'status');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    go.disabled = !file;
    status.textContent = file ? file.name : m.pickFile;
    status.className = 'status';
  });
  go.addEventListener('click', () => {
    const file = input.files?.[0];
    if (!file) {
      status.textContent = m.noFile;
      return;
    }
    go.disabled = true;
    input.disabled = true;
    status.textContent = m.importing(file.name);
    status.className = 'status busy';
    runDocxDialog(file, { send: (base64, name) => server('docxImport', base64, name) })
      .then((o) => {
        status.textContent = o.message;
        status.className = o.ok ? 'status ok' : 'status bad';
        if (o.ok) close.textContent = m.close;
      })
      .catch((error: unknown) => {
        status.textContent = ru.panel.failed(error instanceof Error ? error.message : String(error));
        status.className = 'status bad';
      })
      .finally(() => {
        go.disabled = false;
        input.disabled = false;
      });
  });
  root.append(el('p', m.intro), input, el('div'), go, close, status);
}

const root = document.getElementById('oko-docx');
if (root) mount(root);
