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

/** A «choose files» label around a multi-file .xlsx input; `onChosen` gets the files picked. */
export function xlsxPicker(
  id: string,
  caption: string,
  disabled: boolean,
  onChosen: (files: File[]) => void,
): HTMLElement {
  const label = el('label', 'picker', caption);
  const input = el('input', 'file-input');
  input.id = id;
  input.type = 'file';
  input.multiple = true;
  input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  input.disabled = disabled;
  input.addEventListener('change', () => onChosen(Array.from(input.files ?? [])));
  label.append(input);
  return label;
}
