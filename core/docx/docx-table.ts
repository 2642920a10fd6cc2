/**
 * One Word table into rows of text on its grid columns: `gridSpan` and `vMerge` become merged
 * ranges (the text in the top-left cell), a cell's paragraphs are joined with line breaks.
 */
import type { CellRange } from '../grid/grid';
import { paragraphText, type ParagraphContext } from './docx-paragraph';
import { child, childrenNamed, valOf, type XmlElement } from './xml-tree';

export interface DocxTable {
  /** Text by row and grid column; a merged range keeps its text in its first cell. */
  readonly rows: string[][];
  /** 1-based within the table. */
  readonly merges: CellRange[];
  /** Width of every grid column in twips (1/1440 inch); 0 where the document does not say. */
  readonly widths: number[];
  /** Leading rows marked to repeat on every page (`tblHeader`). */
  readonly headerRows: number;
}

const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'ins']);

/** Children named `name`, looking through content controls and custom XML around them. */
export function unwrapped(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else if (WRAPPERS.has(c.name)) out.push(...unwrapped(c, name));
  }
  return out;
}

const int = (s: string | undefined, fallback: number): number => {
  const n = s === undefined ? NaN : Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : fallback;
};

/** A cell's paragraphs (and the rows of a table nested in it) as lines. */
export function blockLines(el: XmlElement, ctx: ParagraphContext): string[] {
  const lines: string[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'p') lines.push(paragraphText(c, ctx));
    else if (c.name === 'tbl') {
      for (const row of readTable(c, ctx).rows) lines.push(row.filter((t) => t !== '').join(' '));
    } else if (WRAPPERS.has(c.name)) lines.push(...blockLines(c, ctx));
  }
  return lines;
}

function isOn(el: XmlElement | undefined): boolean {
  return el !== undefined && el.attrs['val'] !== '0' && el.attrs['val'] !== 'false' && el.attrs['val'] !== 'off';
}

export function readTable(tbl: XmlElement, ctx: ParagraphContext): DocxTable {
  const widths = childrenNamed(child(tbl, 'tblGrid') ?? { name: '', attrs: {}, children: [] }, 'gridCol').map((g) =>
    int(g.attrs['w'], 0),
  );
  const rows: string[][] = [];
  const merges: CellRange[] = [];
  // Grid column (0-based) → the merge a `vMerge` continuation extends.
  const open = new Map<number, { range: CellRange; cols: number }>();
  let headerRows = 0;
  let headerRun = true;
  for (const tr of unwrapped(tbl, 'tr')) {
    const trPr = child(tr, 'trPr');
    if (headerRun && isOn(child(trPr, 'tblHeader'))) headerRows++;
    else headerRun = false;
    const r = rows.length + 1;
    const line: string[] = [];
    let col = int(valOf(trPr, 'gridBefore'), 0);
    for (let k = 0; k < col; k++) line.push('');
    const touched = new Set<number>();
    for (const tc of unwrapped(tr, 'tc')) {
      const tcPr = child(tc, 'tcPr');
      const span = Math.max(1, int(valOf(tcPr, 'gridSpan'), 1));
      const vMerge = child(tcPr, 'vMerge');
      const continues = vMerge !== undefined && vMerge.attrs['val'] !== 'restart';
      const text = continues ? '' : blockLines(tc, ctx).join('\n');
      line.push(text);
      for (let k = 1; k < span; k++) line.push('');
      const prev = open.get(col);
      if (continues && prev && prev.cols === span) {
        prev.range = { ...prev.range, rows: r - prev.range.row + 1 };
        touched.add(col);
      } else if (vMerge !== undefined && !continues) {
        if (prev && (prev.range.rows > 1 || prev.cols > 1)) merges.push(prev.range);
        open.set(col, { range: { row: r, col: col + 1, rows: 1, cols: span }, cols: span });
        touched.add(col);
      } else if (span > 1) {
        merges.push({ row: r, col: col + 1, rows: 1, cols: span });
      }
      col += span;
    }
    // A vertical merge ends in the first row that does not continue it.
    for (const [c, m] of [...open]) {
      if (touched.has(c)) continue;
      if (m.range.rows > 1 || m.range.cols > 1) merges.push(m.range);
      open.delete(c);
    }
    rows.push(line);
  }
  for (const m of open.values()) if (m.range.rows > 1 || m.range.cols > 1) merges.push(m.range);
  merges.sort((a, b) => a.row - b.row || a.col - b.col);
  const cols = rows.reduce((w, line) => Math.max(w, line.length), widths.length);
  for (const line of rows) while (line.length < cols) line.push('');
  while (widths.length < cols) widths.push(0);
  return { rows, merges, widths, headerRows };
}
