/** DOM helpers of the panel: text goes in through textContent only, so plan text is never markup. */

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

/** A failure's message: bridges reject with Errors whose text is already Russian. */
export function why(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
