/** A fingerprint of a row's text: finds a marked row again after rows were inserted above it. */
import { cellText, type Grid } from '../grid/grid';
import { clean } from '../text/normalize';

/** FNV-1a over the row's cleaned cell texts, with the length: short, stable, and text-only. */
export function rowKey(grid: Grid, row: number): string {
  const cells = grid.values[row - 1] ?? [];
  const text = cells
    .map((_, c) => clean(cellText(grid, row, c + 1)))
    .join('\t')
    .replace(/\t+$/, '');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // The «k» prefix keeps hosts from reading the key as a number or a date.
  return `k${text.length.toString(36)}-${h.toString(36)}`;
}

/** Rows by key, for the rows whose key is unique in the sheet. */
export function uniqueRowsByKey(grid: Grid): Map<string, number> {
  const seen = new Map<string, number>();
  const twice = new Set<string>();
  for (let r = 1; r <= grid.values.length; r++) {
    const key = rowKey(grid, r);
    if (seen.has(key)) twice.add(key);
    else seen.set(key, r);
  }
  for (const key of twice) seen.delete(key);
  return seen;
}
