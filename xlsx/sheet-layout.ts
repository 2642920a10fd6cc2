/**
 * Layout of a tool-owned sheet in an .xlsx: wrapped columns with row heights to fit (Excel and
 * LibreOffice do not grow rows of a file by themselves, Google Sheets does), and the page setup
 * of a sheet meant for paper.
 */
import type { Alignment, Worksheet } from 'exceljs';
import {
  isCellLink,
  isUrlLink,
  plainValue,
  type OutputValue,
  type PrintSetup,
  type SheetChange,
} from '../core/changes/change-set';
import { valueText } from '../core/grid/grid';
import { LINE_POINTS, wrappedLines } from '../core/text/row-height';

/** The workbook's default font, bold: a bold cell keeps the sheet's typeface in every program. */
export const BOLD_FONT = { name: 'Calibri', family: 2, size: 11, bold: true } as const;
/** Points per line of 11-pt text (Excel's default row height). */
const LINE_HEIGHT = LINE_POINTS;

export { wrappedLines };

const textOf = (v: OutputValue): string => valueText(plainValue(v));

/** How a cell of a wrapped column is aligned: text from the top, a step clear of a number before it. */
function wrappedAlignment(v: OutputValue | undefined): Partial<Alignment> {
  return typeof v === 'string' || (v !== undefined && (isCellLink(v) || isUrlLink(v)))
    ? { wrapText: true, vertical: 'top', horizontal: 'left', indent: 1 }
    : { wrapText: true, vertical: 'top' };
}

export function layoutSheet(ws: Worksheet, c: SheetChange): void {
  const wrap = c.wrapCols ?? [];
  // Text in a merged area wraps over the whole area's width, not its first column's.
  const spans = new Map<string, number>();
  for (const m of c.merges ?? []) {
    let w = 0;
    for (let k = 0; k < m.cols; k++) w += c.widths?.[m.col - 1 + k] ?? 10;
    spans.set(`${m.row}:${m.col}`, w);
  }
  for (const col of wrap) ws.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
  c.rows.forEach((line, i) => {
    let lines = 1;
    for (const col of wrap) {
      const v = line[col - 1];
      if (v === undefined || v === null) continue;
      ws.getCell(i + 1, col).alignment = wrappedAlignment(v);
      lines = Math.max(lines, wrappedLines(textOf(v), spans.get(`${i + 1}:${col}`) ?? c.widths?.[col - 1] ?? 10));
    }
    if (lines === 1) return;
    ws.getRow(i + 1).height = lines * LINE_HEIGHT;
    // The whole row reads from the top, not only its wrapped cells.
    line.forEach((v, j) => {
      ws.getCell(i + 1, j + 1).alignment = wrap.includes(j + 1) ? wrappedAlignment(v) : { vertical: 'top' };
    });
  });
  for (const [r, h] of Object.entries(c.rowHeights ?? {})) ws.getRow(Number(r)).height = h;
  for (const r of c.centred ?? [])
    for (let row = r.row; row < r.row + r.rows; row++)
      for (let col = r.col; col < r.col + r.cols; col++) {
        const cell = ws.getCell(row, col);
        cell.alignment = { ...cell.alignment, horizontal: 'center' };
      }
  if (c.freezeRows) ws.views = [{ state: 'frozen', ySplit: c.freezeRows, topLeftCell: `A${c.freezeRows + 1}` }];
  if (c.print) printSetup(ws, c.print);
}

/** A4, one page wide (as many pages down as needed), the title rows on every page. */
export function printSetup(ws: Worksheet, p: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(p.titleRows ? { printTitlesRow: `1:${p.titleRows}` } : {}),
  };
}
