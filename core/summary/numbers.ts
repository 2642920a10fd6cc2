/** Numbers as the summary shows them: whole shares of a total, Russian decimals («66,7 %»). */

/** A share of a whole in whole per cent; 0 of nothing is 0. */
export function wholePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 100) / whole);
}

/** `66.7` → «66,7», `54` → «54»: the decimal comma of Russian texts. */
export function ruNumber(x: number): string {
  return String(x).replace('.', ',');
}

/** «54 %» with a no-break space, as Russian typography wants. */
export function ruPercent(x: number): string {
  return `${ruNumber(x)}\u00A0%`;
}
