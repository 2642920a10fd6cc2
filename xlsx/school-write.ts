/**
 * A school file spec (core/checklists/school-sheet.ts) → an .xlsx workbook: answers with a
 * dropdown or a typed validation, the sheet protected without a password with only the answer and
 * comment cells unlocked, the «_oko» sheet very hidden and protected too. Node-free: the CLI's
 * `checklists make` and the Excel task pane's «Разослать» both build the files here.
 */
import { MAX_SCHOOL_TEXT } from '../core/limits/cell-limits';
import { rangeValidations } from './validation';
import { Workbook, type DataValidation, type Worksheet } from 'exceljs';
import { a1 } from '../core/grid/grid';
import type { AnswerValidation, SchoolBookSpec, SchoolSheetSpec } from '../core/checklists/school-sheet';
import { ru } from '../core/messages/ru';
import { solidFill } from './apply';
import { printSetup } from './sheet-layout';

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Dates a school may enter: from 2000 on (Excel serial 36526). */
const EARLIEST_DATE = new Date(Date.UTC(2000, 0, 1));

/** The ExcelJS validation of one answer cell. */
export function excelValidation(v: AnswerValidation): DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: ru.checklists.validation.title,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: ru.checklists.validation.title,
    error: v.error,
  };
  switch (v.type) {
    case 'choice':
      return { ...common, type: 'list', formulae: [`"${v.options.join(',')}"`] };
    case 'number':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'date':
      return { ...common, type: 'date', operator: 'greaterThanOrEqual', formulae: [EARLIEST_DATE] };
    case 'link':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [MAX_SCHOOL_TEXT] };
  }
}

/**
 * Runs of alike validations (same column and type, consecutive rows) as one range each. Per-cell
 * validations would be merged by ExcelJS itself, but it sorts addresses as text (C10 < C2) and
 * then writes overlapping ranges (C10 and C2:C10), which Excel may flag when opening the file.
 */
function addValidations(ws: Worksheet, list: readonly AnswerValidation[]): void {
  const target = rangeValidations(ws);
  let start = 0;
  for (let i = 1; i <= list.length; i++) {
    const first = list[start];
    const prev = list[i - 1];
    const cur = list[i];
    if (cur && first && prev && cur.type === first.type && cur.col === first.col && cur.row === prev.row + 1) continue;
    if (first && prev)
      target.add(
        first.row === prev.row ? a1(first.row, first.col) : `${a1(first.row, first.col)}:${a1(prev.row, prev.col)}`,
        excelValidation(first),
      );
    start = i;
  }
}

async function writeSheet(wb: Workbook, spec: SchoolSheetSpec): Promise<void> {
  const views = spec.frozenRows > 0 ? [{ state: 'frozen' as const, ySplit: spec.frozenRows }] : [];
  const ws: Worksheet = wb.addWorksheet(spec.name, { state: spec.visibility, views });
  spec.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const col of spec.wrapCols) ws.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
  // Values are text or empty here: the spec holds no school data, only codes and wording.
  spec.rows.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = typeof v === 'object' ? null : v;
    }),
  );
  const width = spec.widths.length;
  spec.rows.forEach((_, i) => {
    for (let col = 1; col <= width; col++) {
      const cell = ws.getCell(i + 1, col);
      const wrap = spec.wrapCols.includes(col);
      cell.alignment = { wrapText: wrap, vertical: 'top' };
      // A table for paper: thin borders on the visible sheets a school fills or reads.
      if (spec.print) cell.border = BORDER;
    }
  });
  for (const r of spec.boldRows)
    for (let col = 1; col <= width; col++) {
      const cell = ws.getCell(r, col);
      cell.font = { bold: true };
      cell.fill = solidFill('#F2F2F2');
    }
  for (const [r, h] of Object.entries(spec.rowHeights)) ws.getRow(Number(r)).height = h;
  for (const n of spec.notes) ws.getCell(n.row, n.col).note = n.text;
  addValidations(ws, spec.validations);
  // Date answers show as ДД.ММ.ГГГГ, whatever the school's locale.
  for (const v of spec.validations) if (v.type === 'date') ws.getCell(v.row, v.col).numFmt = 'dd.mm.yyyy';
  const e = spec.editable;
  if (e) {
    for (let row = e.row; row < e.row + e.rows; row++) {
      for (let col = e.col; col < e.col + e.cols; col++) ws.getCell(row, col).protection = { locked: false };
    }
  }
  const h = spec.highlight;
  if (h)
    for (let row = h.range.row; row < h.range.row + h.range.rows; row++)
      for (let col = h.range.col; col < h.range.col + h.range.cols; col++)
        ws.getCell(row, col).fill = solidFill(h.color);
  if (spec.print) printSetup(ws, spec.print);
  // «&» starts a code in a print header: a school name with «&» is doubled to stay text.
  if (spec.printHeader)
    ws.headerFooter = { oddHeader: `&C${spec.printHeader.replace(/&/g, '&&')}`, oddFooter: '&CСтр. &P из &N' };
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** The workbook of one school; `now` becomes its created and modified time. */
export async function schoolWorkbook(spec: SchoolBookSpec, now: Date): Promise<Workbook> {
  const wb = new Workbook();
  wb.creator = ru.checklists.cli.creator;
  wb.title = spec.title;
  wb.created = now;
  wb.modified = now;
  for (const sheet of spec.sheets) await writeSheet(wb, sheet);
  return wb;
}

/** The .xlsx bytes of one school's file, as saved to disk or offered for download. */
export async function schoolFileBytes(spec: SchoolBookSpec, now: Date): Promise<Uint8Array> {
  const buffer = await (await schoolWorkbook(spec, now)).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export interface DistinctFiles {
  readonly files: readonly SchoolBookSpec[];
  /** Schools left out, each a Russian sentence: their file name is another school's. */
  readonly clashes: readonly string[];
}

/**
 * One file per name: two codes may give one file name once unsafe characters are replaced (or
 * differ only in case, as file systems and zip tools see it); the first school keeps the name.
 */
export function distinctFileNames(specs: readonly SchoolBookSpec[]): DistinctFiles {
  const taken = new Set<string>();
  const files: SchoolBookSpec[] = [];
  const clashes: string[] = [];
  for (const spec of specs) {
    const key = spec.fileName.toLocaleLowerCase('ru');
    if (taken.has(key)) clashes.push(ru.checklists.cli.nameClash(spec.code, spec.fileName));
    else {
      taken.add(key);
      files.push(spec);
    }
  }
  return { files, clashes };
}
