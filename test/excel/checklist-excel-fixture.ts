/**
 * «Чек-листы школ» in the fake Excel: a book prepared by the pane's own bridge with N schools
 * typed into «Школы», the file kit handed in directly (no browser), picked files read from disk,
 * and the same book as the CLI builds it in ExcelJS, to compare the two hosts cell by cell.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Workbook } from 'exceljs';
import { prepareChecklistBookFlow } from '../../core/checklists/checklist-flows';
import { runSync } from '../../core/commands/flow';
import type { CellValue, Grid } from '../../core/grid/grid';
import { XlsxHost } from '../../xlsx/host';
import { worksheetToGrid } from '../../xlsx/read';
import { officeChecklistsBridge } from '../../office-addin/checklists/checklists-bridge';
import { fileKit } from '../../office-addin/checklists/file-kit';
import type { ChecklistsBridge, PickedFile } from '../../panel/bridge';
import { schoolName } from '../checklists/checklist-fixture';
import { FakeBook, type FakeSheet } from './fake-book';
import { rig, type Rig } from './excel-fixture';

export interface ChecklistRig extends Rig {
  readonly bridge: ChecklistsBridge;
  /** The next run's moment: tests move it between runs. */
  clock: Date;
}

/** A workbook as a person opens Excel: one empty sheet. */
export function checklistRig(apiMinor = 18): ChecklistRig {
  const book = new FakeBook();
  book.addSheet('Лист1');
  const r = rig(book, apiMinor);
  const out: ChecklistRig = {
    ...r,
    clock: new Date(Date.UTC(2025, 4, 14, 9)),
    bridge: officeChecklistsBridge(r.host, { kit: async () => fileKit, clock: () => out.clock }),
  };
  return out;
}

/** The registry row of a school as an official types it: code, name, responsible, e-mail. */
export const schoolRow = (code: string): string[] => [
  code,
  schoolName(code),
  `Иванова И. И. (${code})`,
  `school${code}@edu.example`,
];

/** Types the schools into «Школы» under its header, as text (codes pasted as text stay text). */
export function typeSchools(sheet: FakeSheet, codes: readonly string[], first = 2): void {
  codes.forEach((code, i) => schoolRow(code).forEach((v, c) => void (sheet.at(first - 1 + i, c).value = v)));
}

/** The template id «Подготовить книгу» wrote (B1 of the hidden «_oko_template»). */
export function templateIdOf(book: FakeBook): string {
  return String(book.sheet('_oko_template').get(0, 1)?.value ?? '');
}

/** The same book as the CLI makes it: `oko checklists init` with the same id, then the schools. */
export function cliBook(templateId: string, now: string, codes: readonly string[]): Workbook {
  const wb = new Workbook();
  runSync(new XlsxHost(wb), prepareChecklistBookFlow({ now, who: '', templateId }));
  const ws = wb.getWorksheet('Школы');
  if (!ws) throw new Error('no Школы');
  codes.forEach((code, i) => schoolRow(code).forEach((v, c) => void (ws.getCell(i + 2, c + 1).value = v)));
  return wb;
}

export function cliValues(wb: Workbook, sheet: string): readonly (readonly CellValue[])[] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no ${sheet}`);
  return worksheetToGrid(ws).values;
}

/** A file on disk as the browser hands it over: name, time and bytes. */
export function picked(file: string): PickedFile {
  return {
    name: basename(file),
    lastModified: statSync(file).mtimeMs,
    arrayBuffer: async () => {
      const bytes = readFileSync(file);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
  };
}

/** Fill colours of a fake sheet by `row:col` (1-based). */
export function fakeFills(sheet: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  sheet.rows.forEach((row, r) => row.forEach((cell, c) => cell?.fill && out.set(`${r + 1}:${c + 1}`, cell.fill.color)));
  return out;
}

/** Fill colours of an ExcelJS sheet by `row:col`, as `#RRGGBB`. */
export function cliFills(wb: Workbook, sheet: string): Map<string, string> {
  const out = new Map<string, string>();
  wb.getWorksheet(sheet)?.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const f = cell.fill;
      const argb = f && f.type === 'pattern' && f.pattern === 'solid' ? f.fgColor?.argb : undefined;
      if (argb) out.set(`${r}:${c}`, `#${argb.slice(2).toUpperCase()}`);
    }),
  );
  return out;
}

export type Values = Grid['values'];
