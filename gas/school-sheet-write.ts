/**
 * One school's checklist file on Google Sheets, from core's spec (core/checklists/school-sheet.ts):
 * the «Чек-лист» sheet with its answers' validations and only C:D open to the school, the hidden
 * «_oko» sheet. A fixed number of calls per sheet whatever the number of indicators: one setValues,
 * one call per run of alike validations, one per run of equal widths.
 */
import type { AnswerValidation, SchoolBookSpec, SchoolSheetSpec } from '../core/checklists/school-sheet';
import { ru } from '../core/messages/ru';
import { toSheetInput } from './sheets-write';
import { ensureSize, setWidths } from './tool-sheet-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Dates a school may enter: from 2000 on, as in the .xlsx files. */
const EARLIEST_DATE = (): Date => new Date(2000, 0, 1);

/** The Sheets rule of one answer cell; the help text shows on the cell and when Sheets refuses input. */
export function sheetsValidation(v: AnswerValidation): DataValidation {
  const rule = SpreadsheetApp.newDataValidation().setHelpText(v.prompt);
  switch (v.type) {
    case 'choice':
      return rule
        .requireValueInList([...v.options], true)
        .setAllowInvalid(false)
        .build();
    case 'number':
      return rule.requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    case 'date':
      return rule.requireDateOnOrAfter(EARLIEST_DATE()).setAllowInvalid(false).build();
    case 'link':
      // Sheets' idea of a URL is not core's («https://…» or «www.…»): warn here, core decides.
      return rule.requireTextIsUrl().setAllowInvalid(true).build();
  }
}

/** Alike validations (same column and type, consecutive rows) as one rectangle each. */
function validationRuns(list: readonly AnswerValidation[]): { first: AnswerValidation; rows: number }[] {
  const runs: { first: AnswerValidation; rows: number }[] = [];
  for (const v of list) {
    const run = runs[runs.length - 1];
    if (run && run.first.type === v.type && run.first.col === v.col && run.first.row + run.rows === v.row) run.rows++;
    else runs.push({ first: v, rows: 1 });
  }
  return runs;
}

function writeCells(sheet: Sheet, spec: SchoolSheetSpec, timeZone: string): number {
  const width = spec.rows.reduce((w, line) => Math.max(w, line.length), 1);
  if (spec.rows.length === 0) return width;
  ensureSize(sheet, spec.rows.length, width);
  // Codes such as «2.1» would turn into numbers or dates: every text goes in as text.
  const cells = spec.rows.map((line) =>
    Array.from({ length: width }, (_, k) => toSheetInput(line[k] ?? null, timeZone)),
  );
  sheet.getRange(1, 1, cells.length, width).setValues(cells);
  return width;
}

function writeLooks(sheet: Sheet, spec: SchoolSheetSpec, width: number): void {
  if (spec.boldRows.length > 0) {
    const r0 = Math.min(...spec.boldRows);
    const r1 = Math.max(...spec.boldRows);
    const weights = Array.from({ length: r1 - r0 + 1 }, (_, i) =>
      new Array<'bold' | null>(width).fill(spec.boldRows.includes(r0 + i) ? 'bold' : null),
    );
    sheet.getRange(r0, 1, weights.length, width).setFontWeights(weights);
  }
  if (spec.notes.length > 0) {
    const col = spec.notes[0]?.col ?? 1;
    const sameCol = spec.notes.every((n) => n.col === col);
    const rows = spec.rows.length;
    if (sameCol && rows > 1) {
      const notes = Array.from({ length: rows - 1 }, (_, i) => [spec.notes.find((n) => n.row === i + 2)?.text ?? '']);
      sheet.getRange(2, col, rows - 1, 1).setNotes(notes);
    } else for (const n of spec.notes) sheet.getRange(n.row, n.col).setNote(n.text);
  }
  for (const col of spec.wrapCols) sheet.getRange(1, col, Math.max(1, spec.rows.length), 1).setWrap(true);
  setWidths(sheet, spec.widths);
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  // Sheets grows wrapped rows by itself, so the explicit heights of the .xlsx are not needed here;
  // page setup and print headers have no Apps Script call (Sheets asks in its print dialog).
  const h = spec.highlight;
  if (h) sheet.getRange(h.range.row, h.range.col, h.range.rows, h.range.cols).setBackground(h.color);
  if (spec.boldRows.length > 0 && spec.print) sheet.getRange(1, 1, 1, width).setBackground('#F2F2F2');
}

/** Answers with their rules; editable columns without one take free text, kept exactly as typed. */
function writeRules(sheet: Sheet, spec: SchoolSheetSpec): void {
  for (const run of validationRuns(spec.validations)) {
    const range = sheet.getRange(run.first.row, run.first.col, run.rows, 1);
    range.setDataValidation(sheetsValidation(run.first));
    // Date answers show as ДД.ММ.ГГГГ whatever the school's locale.
    if (run.first.type === 'date') range.setNumberFormat('dd.mm.yyyy');
  }
  const e = spec.editable;
  if (!e) return;
  for (let col = e.col; col < e.col + e.cols; col++) {
    // Plain text: a school's «+7 912…» or «=HYPERLINK(…)» stays what it typed, not a formula.
    if (!spec.validations.some((v) => v.col === col)) sheet.getRange(e.row, col, e.rows, 1).setNumberFormat('@');
  }
}

/**
 * The sheet protected, only the editable rectangle open. Until its editors are set, a protection
 * lets every editor of the file through; removing them leaves the owner alone (who cannot be removed).
 */
function protect(sheet: Sheet, spec: SchoolSheetSpec, description: string): void {
  const p = sheet.protect().setDescription(description);
  const e = spec.editable;
  if (e) p.setUnprotectedRanges([sheet.getRange(e.row, e.col, e.rows, e.cols)]);
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

function writeSheet(sheet: Sheet, spec: SchoolSheetSpec, timeZone: string): void {
  const width = writeCells(sheet, spec, timeZone);
  writeLooks(sheet, spec, width);
  writeRules(sheet, spec);
  protect(sheet, spec, spec.editable ? ru.gas.checklists.protection : ru.gas.checklists.metaProtection);
  if (spec.visibility !== 'visible') sheet.hideSheet();
}

/** Fills a new spreadsheet (one empty sheet) with the school's sheets, in the spec's order. */
export function writeSchoolBook(ss: Spreadsheet, spec: SchoolBookSpec): void {
  const timeZone = ss.getSpreadsheetTimeZone();
  const [blank] = ss.getSheets();
  const sheets = spec.sheets.map((s, i) => {
    const sheet = i === 0 && blank ? blank.setName(s.name) : ss.insertSheet(s.name, i);
    writeSheet(sheet, s, timeZone);
    return sheet;
  });
  // Sheets makes an inserted sheet the active one: the school opens its file on «Чек-лист».
  if (sheets[0] && sheets.length > 1) ss.setActiveSheet(sheets[0]);
}
