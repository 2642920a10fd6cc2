/**
 * «Импорт из Word», the pure part: the XML of a .docx's parts (the host unzips) → sheets of the
 * grid model. The plan is the document's biggest table; the paragraphs above it (the order,
 * «УТВЕРЖДАЮ», the title) become single-cell rows over it, so the period is still found; a later
 * table of the same columns is the plan's continuation (its repeated header read once); any other
 * table gets a sheet of its own.
 */
import type { CellRange } from '../grid/grid';
import { ru } from '../messages/ru';
import { readTable, type DocxTable } from './docx-table';
import { paragraphText, type ParagraphContext } from './docx-paragraph';
import { readNumberingDefs } from './numbering-defs';
import { numberingCounter } from './numbering-render';
import { child, parseXml, type XmlElement } from './xml-tree';
import type { DocxImport } from './import-sheets';

// The types and the sheet layout live apart, so a task pane bundles them without the XML parser.
export type { DocxImport, ImportedSheet } from './import-sheets';
export { importChanges, importSheetNames, uniqueSheetName } from './import-sheets';

export interface DocxParts {
  readonly document: string;
  readonly numbering: string | null;
  readonly styles: string | null;
}

/** A plan this long is refused before it is laid out: no municipal plan comes near it. */
export const MAX_IMPORT_ROWS = 50_000;

type Block = { readonly kind: 'p'; readonly text: string } | { readonly kind: 'table'; readonly table: DocxTable };

function bodyBlocks(body: XmlElement, ctx: ParagraphContext, out: Block[]): void {
  for (const c of body.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'p') out.push({ kind: 'p', text: paragraphText(c, ctx) });
    else if (c.name === 'tbl') out.push({ kind: 'table', table: readTable(c, ctx) });
    else if (c.name === 'sdt') {
      const content = child(c, 'sdtContent');
      if (content) bodyBlocks(content, ctx, out);
    } else if (c.name === 'customXml' || c.name === 'ins') bodyBlocks(c, ctx, out);
  }
}

function parsePart(xml: string | null): XmlElement | null | { error: string } {
  if (xml === null) return null;
  const parsed = parseXml(xml);
  return parsed.ok ? parsed.root : { error: parsed.reason };
}

const isError = (x: XmlElement | null | { error: string }): x is { error: string } => x !== null && 'error' in x;

/** Twips → characters of the default 11-pt font, kept readable. */
const toChars = (twips: number): number => (twips <= 0 ? 15 : Math.min(80, Math.max(4, Math.round(twips / 105))));

const sameRow = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  a.length === b.length &&
  a.some((t) => t !== '') &&
  a.every((t, i) => t === b[i]);

/** How many leading rows of `next` repeat the plan's own first rows (its header, its column numbers). */
function repeatedHeader(plan: DocxTable, next: DocxTable): number {
  let k = 0;
  while (k < 5 && sameRow(plan.rows[k], next.rows[k])) k++;
  return k;
}

const similarWidths = (a: readonly number[], b: readonly number[]): boolean =>
  a.every((w, i) => Math.abs(w - (b[i] ?? 0)) <= Math.max(120, w * 0.1));

/** Appends `t`'s rows from `skip` on to `sheet`, shifting its merges. */
function appendTable(rows: string[][], merges: CellRange[], t: DocxTable, skip: number): void {
  const offset = rows.length - skip;
  for (let r = skip; r < t.rows.length; r++) rows.push(t.rows[r] ?? []);
  for (const m of t.merges) {
    if (m.row <= skip) continue;
    merges.push({ ...m, row: m.row + offset });
  }
}

export function importDocx(parts: DocxParts, label: string): DocxImport {
  const doc = parsePart(parts.document);
  const numbering = parsePart(parts.numbering);
  const styles = parsePart(parts.styles);
  for (const part of [doc, numbering, styles]) {
    if (isError(part)) return { ok: false, message: ru.docxImport.broken(label, part.error) };
  }
  const body = doc && !isError(doc) ? child(child(doc, 'document'), 'body') : undefined;
  if (!body) return { ok: false, message: ru.docxImport.notDocx(label) };
  const defs = readNumberingDefs(isError(numbering) ? null : numbering, isError(styles) ? null : styles);
  const blocks: Block[] = [];
  bodyBlocks(body, { defs, counter: numberingCounter(defs) }, blocks);
  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  if (total > MAX_IMPORT_ROWS) return { ok: false, message: ru.docxImport.tooManyRows(label, total, MAX_IMPORT_ROWS) };
  const groups = tableGroups(blocks);
  let plan: Group | undefined;
  for (const g of groups) if (!plan || g.rows.length > plan.rows.length) plan = g;
  if (!plan || plan.rows.length === 0) return { ok: false, message: ru.docxImport.noTable(label) };
  const width = plan.head.widths.length;
  const rows: string[][] = [];
  const merges: CellRange[] = [];
  for (const b of blocks.slice(0, plan.first)) {
    if (b.kind !== 'p') continue;
    // Word spaces a title with empty paragraphs: one empty row keeps the shape, ten add nothing.
    if (b.text.trim() === '' && (rows.length === 0 || (rows[rows.length - 1] ?? []).every((t) => t === ''))) continue;
    rows.push(padded([b.text.trim() === '' ? '' : b.text], width));
    if (width > 1 && b.text.trim() !== '') merges.push({ row: rows.length, col: 1, rows: 1, cols: width });
  }
  const tableRow = rows.length + 1;
  for (const m of plan.merges) merges.push({ ...m, row: m.row + tableRow - 1 });
  rows.push(...plan.rows);
  const others = groups
    .filter((g) => g !== plan && g.rows.length > 0)
    .map((g) => ({ rows: g.rows, merges: g.merges, widths: g.head.widths.map(toChars), tableRow: 1 }));
  return {
    ok: true,
    plan: { rows, merges, widths: plan.head.widths.map(toChars), tableRow },
    others,
    tables: tables.length,
  };
}

/** A table with the tables that continue it: rows and merges laid out one after another. */
interface Group {
  readonly head: DocxTable;
  /** Index of the head's block. */
  readonly first: number;
  readonly rows: string[][];
  readonly merges: CellRange[];
}

function tableGroups(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  let between: string[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'p') {
      if (b.text.trim() !== '') between.push(b.text);
      return;
    }
    const t = b.table;
    const last = groups[groups.length - 1];
    const header = last ? repeatedHeader(last.head, t) : 0;
    const width = t.widths.length;
    const continues =
      last !== undefined &&
      last.head.widths.length === width &&
      (header > 0 || (between.length === 0 && similarWidths(last.head.widths, t.widths)));
    if (last && continues) {
      // Text between the parts (a year heading) stays in the plan, in its place.
      for (const text of between) {
        last.rows.push(padded([text], width));
        if (width > 1) last.merges.push({ row: last.rows.length, col: 1, rows: 1, cols: width });
      }
      appendTable(last.rows, last.merges, t, header);
    } else {
      const g: Group = { head: t, first: i, rows: [], merges: [] };
      appendTable(g.rows, g.merges, t, 0);
      groups.push(g);
    }
    between = [];
  });
  return groups;
}

function padded(line: string[], width: number): string[] {
  while (line.length < width) line.push('');
  return line;
}
