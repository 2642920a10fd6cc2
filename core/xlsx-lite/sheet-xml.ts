/**
 * The cells of a worksheet's XML → rows of values, with the shared strings. A scanner, not a DOM:
 * it reads what results tables hold (numbers, shared and inline strings, booleans, errors) fast
 * enough for 16,000 pupils, the same in Node and in a browser dialog.
 */
import type { CellValue } from '../grid/grid';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? '';
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The text of every `<t>` inside `xml` (rich-text runs joined); phonetic runs are skipped. */
function texts(xml: string): string {
  const clean = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(clean); m; m = re.exec(clean)) out += m[1] ?? '';
  return unescapeXml(out);
}

export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? '' : texts(m[1]));
  return out;
}

/** `AB12` → column 28 (1-based). */
function colOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? (m[1] ?? '') : null;
};

function valueOf(type: string | null, body: string, shared: readonly string[]): CellValue {
  if (type === 'inlineStr') return texts(body);
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return shared[Number(v)] ?? null;
    case 'str':
      return unescapeXml(v);
    case 'b':
      return v === '1';
    case 'e':
      return { error: unescapeXml(v) };
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : unescapeXml(v);
    }
  }
}

/** Rows of values, 1-based rows at index r − 1; empty cells are null. Dates stay serial numbers. */
export function sheetRows(xml: string, shared: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [];
  const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let next = 1;
  for (let m = rowRe.exec(xml); m; m = rowRe.exec(xml)) {
    const r = Number(attr(m[1] ?? '', 'r') ?? next);
    next = r + 1;
    const body = m[2];
    if (!body) continue;
    const line: CellValue[] = [];
    let nextCol = 1;
    cellRe.lastIndex = 0;
    for (let c = cellRe.exec(body); c; c = cellRe.exec(body)) {
      const tag = c[1] ?? '';
      const ref = attr(tag, 'r');
      const col = ref ? colOf(ref) : nextCol;
      nextCol = col + 1;
      const v = c[2] ? valueOf(attr(tag, 't'), c[2], shared) : null;
      if (v === null || v === '') continue;
      while (line.length < col - 1) line.push(null);
      line[col - 1] = v;
    }
    if (line.length === 0) continue;
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = line;
  }
  return rows;
}
