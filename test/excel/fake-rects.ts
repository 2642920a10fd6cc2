/** Rectangle arithmetic of the fake: what clearing or inserting does to range-level rules. */
import type { Rect } from './fake-book';

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.rows === b.rows && a.cols === b.cols;
}

/** `a` without `b`: up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const top = Math.max(a.r0, b.r0);
  const bottom = Math.min(a.r0 + a.rows, b.r0 + b.rows);
  const out: Rect[] = [];
  if (top > a.r0) out.push({ r0: a.r0, c0: a.c0, rows: top - a.r0, cols: a.cols });
  if (bottom < a.r0 + a.rows) out.push({ r0: bottom, c0: a.c0, rows: a.r0 + a.rows - bottom, cols: a.cols });
  const left = Math.max(a.c0, b.c0);
  const right = Math.min(a.c0 + a.cols, b.c0 + b.cols);
  if (left > a.c0) out.push({ r0: top, c0: a.c0, rows: bottom - top, cols: left - a.c0 });
  if (right < a.c0 + a.cols) out.push({ r0: top, c0: right, rows: bottom - top, cols: a.c0 + a.cols - right });
  return out;
}

/** Where `rect` ends up when `n` rows are inserted before 0-based row `at`, as Excel moves it. */
export function afterRowInsert(rect: Rect, at: number, n: number): Rect {
  if (rect.r0 >= at) return { ...rect, r0: rect.r0 + n };
  // Rows inserted strictly inside a range widen it; rows inserted right below it do not.
  if (at < rect.r0 + rect.rows) return { ...rect, rows: rect.rows + n };
  return rect;
}
