/**
 * A table block of the справка as a Word table: header row repeated on each page and shaded,
 * numbers with the Russian decimal comma, dates as ДД.ММ.ГГГГ, no value as «—».
 */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { isoToRu } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import type { Block, BlockCell } from '../core/summary/spravka-blocks';
import { ruNumber } from '../core/summary/numbers';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Text size of tables (12 pt under 14-pt text), half-points. */
const TABLE_SIZE = 24;
const HEADER_FILL = 'F2F2F2';

/** Column shares (per cent of the text width) by table shape; equal columns otherwise. */
const SHARES: Readonly<Record<string, readonly number[]>> = {
  'code-3': [12, 63, 25],
  'code-6': [5, 32, 16, 16, 14, 17],
  'code-7': [6, 36, 12, 8, 13, 13, 12],
  'text-3': [62, 19, 19],
  'text-4': [46, 18, 18, 18],
};

export function cellText(v: BlockCell): string {
  if (v === null) return '—';
  if (typeof v === 'number') return ruNumber(v);
  if (typeof v === 'string') return v;
  return isoToRu(v.date);
}

function cell(text: string, width: number, opts: { bold: boolean; fill: boolean; numeric: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: opts.numeric ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: opts.bold, size: TABLE_SIZE })],
      }),
    ],
  });
}

/** `width`: the text width of the page, twips. */
export function docxTable(b: TableBlock, width: number): Table {
  const n = b.columns.length;
  const shares = SHARES[`${b.codeColumn ? 'code' : 'text'}-${n}`] ?? Array.from({ length: n }, () => 100 / n);
  const widths = shares.map((s) => Math.round((width * s) / 100));
  // A column of numbers and dates is centred, its header too; text and codes read from the left.
  const centred = b.columns.map((_, i) =>
    b.rows.every((line) => typeof line[i] !== 'string' || line[i] === ru.summary.noData),
  );
  const header = new TableRow({
    tableHeader: true,
    children: b.columns.map((c, i) =>
      cell(c, widths[i] ?? 0, { bold: true, fill: true, numeric: centred[i] ?? false }),
    ),
  });
  const rows = b.rows.map(
    (line, r) =>
      new TableRow({
        cantSplit: true,
        children: line.map((v, i) =>
          cell(cellText(v), widths[i] ?? 0, {
            bold: b.totalRow && r === b.rows.length - 1,
            fill: false,
            numeric: centred[i] ?? false,
          }),
        ),
      }),
  );
  return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}
