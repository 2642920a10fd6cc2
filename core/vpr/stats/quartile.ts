/** Quartiles by linear interpolation between order statistics, as Excel's QUARTILE.INC. */

/** QUARTILE.INC(xs, q) for q in 0…4; NaN for no values. */
export function quartileInc(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const h = (sorted.length - 1) * (q / 4);
  const lo = Math.floor(h);
  const base = sorted[lo] ?? NaN;
  const next = sorted[Math.min(lo + 1, sorted.length - 1)] ?? base;
  return base + (h - lo) * (next - base);
}
