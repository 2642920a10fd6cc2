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
