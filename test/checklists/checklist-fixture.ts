/**
 * Helpers of the checklist end-to-end tests: a book with N schools, and school files filled the
 * way schools fill them (ExcelJS opening the file received and saving it again).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Workbook, type CellValue as ExcelValue } from 'exceljs';
import { DEFAULT_INDICATORS } from '../../core/checklists/default-template';
import type { CellValue, Grid } from '../../core/grid/grid';
import { worksheetToGrid } from '../../xlsx/read';

export const IDS = DEFAULT_INDICATORS.map((i) => i.id);

/** The sheet row of an indicator in a school file (header in row 1). */
export const rowOf = (id: string): number => IDS.indexOf(id) + 2;

export const schoolName = (code: string): string => `МБОУ «СОШ № ${code}»`;

/** Writes schools `codes` into the «Школы» sheet of an initialised book. */
export async function addSchools(book: string, codes: readonly string[]): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet('Школы');
  if (!ws) throw new Error('no Школы');
  codes.forEach((code, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = code;
    row.getCell(2).value = schoolName(code);
    row.getCell(3).value = `Иванова И. И. (${code})`;
    row.getCell(4).value = `school${code}@edu.example`;
  });
  await wb.xlsx.writeFile(book);
}

export interface SchoolAnswers {
  /** Answers by indicator id, as the school types them. */
  readonly answers?: Readonly<Record<string, ExcelValue>>;
  readonly comments?: Readonly<Record<string, ExcelValue>>;
  /** The time the school saves the file (the workbook's «modified» property). */
  readonly modified: Date;
  /** Anything else the school does to the workbook before saving. */
  readonly edit?: (wb: Workbook) => void;
}

/** Opens the file a school received, fills it in and saves it as `dest`. */
export async function fillSchoolFile(src: string, dest: string, fill: SchoolAnswers): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(src);
  const ws = wb.getWorksheet('Чек-лист');
  if (!ws) throw new Error('no Чек-лист');
  for (const [id, v] of Object.entries(fill.answers ?? {})) ws.getCell(rowOf(id), 3).value = v;
  for (const [id, v] of Object.entries(fill.comments ?? {})) ws.getCell(rowOf(id), 4).value = v;
  fill.edit?.(wb);
  wb.modified = fill.modified;
  await wb.xlsx.writeFile(dest);
}

/** Every indicator answered: Да for the choices, then a number, a date and a link. */
export function fullAnswers(choice: string): Record<string, ExcelValue> {
  return Object.fromEntries(
    DEFAULT_INDICATORS.map((i) => [
      i.id,
      i.type === 'choice'
        ? choice
        : i.type === 'number'
          ? 7
          : i.type === 'date'
            ? '01.09.2024'
            : 'https://school.example/oko',
    ]),
  );
}

/** Every sheet of a book as grids, by name. */
export async function readGrids(file: string): Promise<Map<string, Grid>> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return new Map(wb.worksheets.map((ws) => [ws.name, worksheetToGrid(ws)]));
}

export function sheetValues(grids: Map<string, Grid>, name: string): readonly (readonly CellValue[])[] {
  const g = grids.get(name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g.values;
}

/** Rows of the first table of a sheet: from row 1 to the first blank row. */
export function firstTable(values: readonly (readonly CellValue[])[]): (readonly CellValue[])[] {
  const end = values.findIndex((r) => r.every((v) => v === null || v === ''));
  return values.slice(0, end < 0 ? values.length : end);
}

export function writeText(file: string, text: string): void {
  writeFileSync(file, text, 'utf8');
}

export function bytes(file: string): Buffer {
  return readFileSync(file);
}
