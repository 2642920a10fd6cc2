/**
 * Where a host that writes links as rich text (Google Sheets: setRichTextValues) sends them: one
 * vertical run per column, from a web link down to the last web link, whose cells in between are
 * text or empty (rich text cannot hold a number, a date or an in-book link formula). One range call per run, never per cell.
 */
import { isUrlLink, type OutputValue, type UrlLink } from './change-set';

export interface LinkRun {
  /** The first cell, 1-based. */
  readonly row: number;
  readonly col: number;
  /** Top to bottom: a link, or the text of a cell between links ('' for empty). */
  readonly cells: readonly (UrlLink | string)[];
}

/** A cell that may sit inside a run as plain text; null for a number, a date or an in-book link. */
const asText = (v: OutputValue | undefined): string | null => {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : null;
};

export function linkRuns(rows: readonly (readonly OutputValue[])[]): LinkRun[] {
  const width = rows.reduce((w, line) => Math.max(w, line.length), 0);
  const runs: LinkRun[] = [];
  for (let c = 0; c < width; c++) {
    let start = -1;
    let cells: (UrlLink | string)[] = [];
    let lastLink = -1;
    const close = (): void => {
      if (start >= 0 && lastLink >= 0) runs.push({ row: start + 1, col: c + 1, cells: cells.slice(0, lastLink + 1) });
      start = -1;
      cells = [];
      lastLink = -1;
    };
    rows.forEach((line, r) => {
      const v = line[c];
      if (v !== undefined && isUrlLink(v)) {
        if (start < 0) start = r;
        cells.push(v);
        lastLink = cells.length - 1;
        return;
      }
      if (start < 0) return;
      const text = asText(v);
      if (text === null) close();
      else cells.push(text);
    });
    close();
  }
  return runs;
}
