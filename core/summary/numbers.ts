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

/**
 * Whole per cents of `counts` that add up to exactly 100 (largest-remainder rounding): each share
 * is rounded down, then the points left go to the largest remainders, earlier lines first on a tie.
 * All zeros give all zeros.
 */
export function percentsTo100(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const out = exact.map(Math.floor);
  let left = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rem: x - Math.floor(x) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}
