/**
 * Applies core's Change[] to an ExcelJS workbook. Translation only: every decision was made in core.
 * Data is always written as plain values: a text starting with `=`, `+`, `-` or `@` stays text,
 * no formula is ever built from data.
 */
import { limitChanges } from '../core/limits/cell-limits';
import type { Cell, CellModel, CellValue as ExcelValue, Fill, Style, Workbook, Worksheet } from 'exceljs';
import { a1, isDateValue, isErrorValue, type CellValue } from '../core/grid/grid';
import { parseIso } from '../core/grid/dates';
import { rangeValidations } from './validation';
import { BOLD_FONT, layoutSheet } from './sheet-layout';
import {
  isCellLink,
  isUrlLink,
  type CellLink,
  type Change,
  type ColumnsChange,
  type ConditionalChange,
  type FillChange,
  type FormatChange,
  type NoteChange,
  type OutputValue,
  type SheetChange,
  type ValidationChange,
  type ValuesChange,
} from '../core/changes/change-set';

const EXCEL_ERRORS = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'] as const;
type ExcelError = (typeof EXCEL_ERRORS)[number];

function isExcelError(s: string): s is ExcelError {
  return (EXCEL_ERRORS as readonly string[]).includes(s);
}

/** `#RRGGBB` → a solid ExcelJS fill (ARGB, opaque). */
export function solidFill(color: string): Fill {
  const hex = color.replace(/^#/, '').toUpperCase();
  const rgb = /^[0-9A-F]{6}$/.test(hex) ? hex : 'FFFFFF';
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}

/** The in-book link target of a cell: `#'Sheet name'!B5`, the quote in a sheet name doubled. */
export function linkTarget(link: Pick<CellLink, 'sheet' | 'row' | 'col'>): string {
  return `#'${link.sheet.replace(/'/g, "''")}'!${a1(link.row, link.col)}`;
}

/**
 * Sets style parts on one cell only. ExcelJS shares one style object among all cells read with the
 * same style id, so assigning `cell.fill` would recolour every such cell: give the cell its own copy.
 */
function restyle(cell: Cell, patch: Partial<Style>): void {
  cell.style = { ...cell.style, ...patch };
}

/** A grid value as an ExcelJS value: dates as UTC `Date`, errors as error values, text as text. */
function toExcelValue(v: CellValue): ExcelValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDateValue(v)) {
    const p = parseIso(v.date);
    return new Date(Date.UTC(p.y, p.m - 1, p.d));
  }
  if (isErrorValue(v)) return isExcelError(v.error) ? { error: v.error } : v.error;
  return null;
}

function writeValue(cell: Cell, v: CellValue): void {
  const value = toExcelValue(v);
  cell.value = value;
  if (value instanceof Date && !cell.numFmt) restyle(cell, { numFmt: 'dd.mm.yyyy' });
}

/** Links look like links in every program: blue, underlined. */
const LINK_FONT = { name: 'Calibri', family: 2, size: 11, color: { argb: 'FF0563C1' }, underline: true } as const;

function writeOutput(cell: Cell, v: OutputValue): void {
  if (isUrlLink(v)) {
    // A real hyperlink (a relationship in the file), not a formula: the school's text stays data.
    cell.value = { text: v.text, hyperlink: v.url };
    restyle(cell, { font: LINK_FONT });
    return;
  }
  if (!isCellLink(v)) {
    writeValue(cell, v);
    return;
  }
  // A HYPERLINK formula of our own making: ExcelJS 4.4 writes in-book `hyperlink` values that
  // Excel misreads (exceljs#3027); the formula works in Excel, LibreOffice and R7 alike.
  const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  cell.value = { formula: `HYPERLINK(${quoted(linkTarget(v))},${quoted(v.text)})`, result: v.text };
  restyle(cell, { font: LINK_FONT });
}

function sheetOf(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet not found: ${name}`);
  return ws;
}

/** A colour fills the cell; null removes its fill. */
function applyFill(wb: Workbook, c: FillChange): void {
  const cell = sheetOf(wb, c.sheet).getCell(c.row, c.col);
  if (c.color !== null) {
    restyle(cell, { fill: solidFill(c.color) });
    return;
  }
  const { fill, ...rest } = cell.style;
  if (fill) cell.style = rest;
}

/** A text replaces the cell's note; '' removes it. */
function applyNote(wb: Workbook, c: NoteChange): void {
  const cell = sheetOf(wb, c.sheet).getCell(c.row, c.col);
  if (c.text !== '') {
    cell.note = c.text;
    return;
  }
  if (cell.note !== undefined) dropNote(cell);
}

/**
 * ExcelJS 4.4 has no public way to drop a note: assigning `note` always creates one. The note is
 * held twice, in the cell's own `_comment` and, for a cell read from a file, in its value's model;
 * so forget the first and rebuild the cell from its model without the comment.
 */
function dropNote(cell: Cell): void {
  const { comment: _dropped, ...model } = cell.model;
  Reflect.deleteProperty(cell, '_comment');
  cell.model = model as CellModel;
}

function applyValues(wb: Workbook, c: ValuesChange): void {
  const ws = sheetOf(wb, c.sheet);
  c.values.forEach((line, i) => line.forEach((v, j) => writeValue(ws.getCell(c.row + i, c.col + j), v)));
}

/** Removes a tool-owned sheet if the book has it. */
function removeSheet(wb: Workbook, name: string): void {
  const old = wb.getWorksheet(name);
  if (old) wb.removeWorksheet(old.id);
}

/** A tool-owned sheet: an old one of that name is removed, a fresh one is built at the end. */
function applySheet(wb: Workbook, c: SheetChange): void {
  removeSheet(wb, c.name);
  const ws = wb.addWorksheet(c.name, { state: c.hidden ? 'hidden' : 'visible' });
  const width = c.rows.reduce((w, line) => Math.max(w, line.length), c.widths?.length ?? 0);
  (c.widths ?? []).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  c.rows.forEach((line, i) => line.forEach((v, j) => writeOutput(ws.getCell(i + 1, j + 1), v)));
  for (const m of c.merges ?? []) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  for (const r of c.boldRows ?? []) {
    for (let col = 1; col <= width; col++) restyle(ws.getCell(r, col), { font: BOLD_FONT });
  }
  for (const [r, color] of Object.entries(c.rowFills ?? {})) {
    for (let col = 1; col <= width; col++) restyle(ws.getCell(Number(r), col), { fill: solidFill(color) });
  }
  layoutSheet(ws, c);
}

const rangeRef = (c: { row: number; col: number; rows: number; cols: number }): string =>
  `${a1(c.row, c.col)}:${a1(c.row + c.rows - 1, c.col + c.cols - 1)}`;

function eachCell(
  ws: Worksheet,
  c: { row: number; col: number; rows: number; cols: number },
  fn: (cell: Cell) => void,
): void {
  for (let r = 0; r < c.rows; r++) for (let k = 0; k < c.cols; k++) fn(ws.getCell(c.row + r, c.col + k));
}

/** A dropdown over the whole range, as one sheet-level validation. */
function applyValidation(wb: Workbook, c: ValidationChange): void {
  const list = `"${c.list.map((v) => v.replace(/"/g, '""')).join(',')}"`;
  rangeValidations(sheetOf(wb, c.sheet)).add(rangeRef(c), {
    type: 'list',
    allowBlank: true,
    formulae: [list],
    showErrorMessage: true,
    errorStyle: c.allowOther ? 'warning' : 'stop',
  });
}

/** Colour rules over the range as expressions on the text's beginning; the tool's earlier rules there go. */
function applyConditional(wb: Workbook, c: ConditionalChange): void {
  const ws = sheetOf(wb, c.sheet);
  const ref = rangeRef(c);
  ws.removeConditionalFormatting((cf: { ref: string }) => cf.ref !== ref);
  ws.addConditionalFormatting({
    ref,
    rules: c.rules.map((rule, i) => ({
      type: 'expression',
      priority: i + 1,
      formulae: [`LEFT(${a1(c.row, c.col)},${rule.prefix.length})="${rule.prefix.replace(/"/g, '""')}"`],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${rule.fill.replace('#', '').toUpperCase()}` } },
      },
    })),
  });
}

function applyFormat(wb: Workbook, c: FormatChange): void {
  eachCell(sheetOf(wb, c.sheet), c, (cell) => restyle(cell, { numFmt: c.numberFormat }));
}

/** Widths and wrapping of columns the tool added to a user's sheet. */
function applyColumns(wb: Workbook, c: ColumnsChange): void {
  const ws = sheetOf(wb, c.sheet);
  c.widths.forEach((w, i) => {
    ws.getColumn(c.col + i).width = w;
    for (let r = 1; r <= c.wrapRows; r++) {
      const cell = ws.getCell(r, c.col + i);
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    }
  });
}

export function applyChanges(wb: Workbook, changes: readonly Change[]): void {
  for (const c of limitChanges(changes)) {
    switch (c.kind) {
      case 'fill':
        applyFill(wb, c);
        break;
      case 'note':
        applyNote(wb, c);
        break;
      case 'values':
        applyValues(wb, c);
        break;
      case 'sheet':
        applySheet(wb, c);
        break;
      case 'remove-sheet':
        removeSheet(wb, c.name);
        break;
      case 'validation':
        applyValidation(wb, c);
        break;
      case 'conditional':
        applyConditional(wb, c);
        break;
      case 'format':
        applyFormat(wb, c);
        break;
      case 'columns':
        applyColumns(wb, c);
        break;
      case 'chart':
        // ExcelJS cannot write charts: the summary command places the chart as a picture (cli/summary-host.ts).
        throw new Error(`chart changes need a chart painter: ${c.title}`);
      default: {
        const unknown: never = c;
        throw new Error(`unknown change ${JSON.stringify(unknown)}`);
      }
    }
  }
}
