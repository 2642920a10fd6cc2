/** DOM helpers of the panel: text goes in through textContent only, so plan text is never markup. */
import { ru } from '../core/messages/ru';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A failure's message in Russian: bridges reject with Russian text; an English one from the host
 * (Office.js, Apps Script, the browser) becomes what happened and what to do.
 */
export function why(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/[а-яё]/i.test(text)) return text;
  return ru.panel.hostErrors.find((e) => e.match.test(text))?.text ?? ru.panel.hostErrorOther;
}

/** A «choose a file» label around a file input; `onChosen` gets the files picked. */
export function filePicker(
  id: string,
  caption: string,
  disabled: boolean,
  kind: { readonly accept: string; readonly multiple: boolean },
  onChosen: (files: File[]) => void,
): HTMLElement {
  const label = el('label', 'picker', caption);
  const input = el('input', 'file-input');
  input.id = id;
  input.type = 'file';
  input.multiple = kind.multiple;
  input.accept = kind.accept;
  input.disabled = disabled;
  input.addEventListener('change', () => onChosen(Array.from(input.files ?? [])));
  label.append(input);
  return label;
}

/** Several .xlsx files at once. */
export const XLSX_FILES = {
  accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  multiple: true,
} as const;

/** One Word .docx file. */
export const DOCX_FILE = {
  accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  multiple: false,
} as const;

/** A «choose files» label around a multi-file .xlsx input; `onChosen` gets the files picked. */
export function xlsxPicker(
  id: string,
  caption: string,
  disabled: boolean,
  onChosen: (files: File[]) => void,
): HTMLElement {
  return filePicker(id, caption, disabled, XLSX_FILES, onChosen);
}
