/**
 * «Чек-листы школ» on the Sheets fake, as an official and the schools live it: a prepared book
 * with N schools in «Школы», the files the tool made for them, and schools filling in their own
 * file (acting as the school, through the same fake services).
 */
import { DEFAULT_INDICATORS } from '../../core/checklists/default-template';
import { fileIdOf } from '../../core/checklists/send-plan';
import type { CellValue } from '../../core/grid/grid';
import { createAppsScript, type FakeOptions, type FakeSpreadsheet } from './fake-apps-script';
import type { Scalar } from './fake-cells';
import type { DriveItem } from './fake-drive';
import type { FakeSheet } from './fake-sheet';
import { formatDate } from './fake-time';
import { loadGas, useFakeClock, type Built, type Gas } from './gas-harness';

export const IDS = DEFAULT_INDICATORS.map((i) => i.id);
export const ZONE = 'Europe/Moscow';

/** The sheet row of an indicator in a school file (header in row 1). */
export const rowOf = (id: string): number => IDS.indexOf(id) + 2;
export const codes = (n: number): string[] => Array.from({ length: n }, (_, i) => String(101 + i));
export const schoolName = (code: string): string => `МБОУ «СОШ № ${code}»`;
export const emailOf = (code: string): string => `school${code}@edu.example`;
export const titleOf = (code: string): string => `${code} — Чек-лист ОКО: ${schoolName(code)}`;
export const FOLDER_NAME = 'ОКО-план — План мероприятий — чек-листы';

/** 10:00 Moscow time on a day of May 2025, as an instant. */
export const T = (day: number, hour = 10, minute = 0): number => Date.UTC(2025, 4, day, hour - 3, minute);
/** That instant as core's «modified» (ISO with the Moscow offset). */
export const iso = (t: number): string =>
  `${formatDate(new Date(t), ZONE, 'yyyy-MM-dd')}T${formatDate(new Date(t), ZONE, 'HH:mm:ss')}+03:00`;

/** A book prepared by «Подготовить книгу», with the schools typed into «Школы» (codes as numbers, as Sheets keeps them). */
export function checklistBook(built: Built, schools: readonly string[], options: FakeOptions = {}): Gas {
  const gas = loadGas(built, createAppsScript({ Sidebar: built.sidebar }, ZONE, options));
  useFakeClock(gas);
  gas.fake.book.addSheet('План', [['План мероприятий на 2024-2025 учебный год']]);
  gas.run('menuChecklistsPrepare');
  gas.fake.book
    .sheet('Школы')
    .load([[], ...schools.map((c) => [Number(c), schoolName(c), `Иванова И. И. (${c})`, emailOf(c)])]);
  return gas;
}

/** A sheet's cells as core values, read past the call log ('' → null, dates → `{ date }`). */
export function cellsOf(sheet: FakeSheet): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 1; r <= sheet.getLastRow(); r++) {
    const line: CellValue[] = [];
    for (let c = 1; c <= sheet.getLastColumn(); c++) line.push(valueOf(sheet.peek(r, c)?.value ?? ''));
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    out.push(line);
  }
  return out;
}

function valueOf(v: Scalar): CellValue {
  if (v === '') return null;
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]')
    return { date: formatDate(v as Date, ZONE, 'yyyy-MM-dd') };
  return v;
}

/** The «Школы» row of a school. */
export function registryRow(gas: Gas, code: string): CellValue[] {
  const row = cellsOf(gas.fake.book.sheet('Школы')).find((r) => String(r[0]) === code);
  if (!row) throw new Error(`no school ${code}`);
  return row;
}

export function fileItem(gas: Gas, code: string): DriveItem<FakeSpreadsheet> {
  const id = fileIdOf(String(registryRow(gas, code)[4] ?? ''));
  const item = id ? gas.fake.drive.items.get(id) : undefined;
  if (!item) throw new Error(`no file for ${code}`);
  return item;
}

export interface Filling {
  readonly answers?: Readonly<Record<string, Scalar>>;
  readonly comments?: Readonly<Record<string, Scalar>>;
}

/** The school opens its file at `at` and types its answers (C) and comments (D), one cell at a time. */
export function fillAs(gas: Gas, code: string, at: number, filling: Filling): void {
  const id = fileItem(gas, code).id;
  gas.fake.clock.now = at;
  gas.fake.as(emailOf(code), () => {
    const sheet = gas.fake.openById(id).sheet('Чек-лист');
    for (const [ind, v] of Object.entries(filling.answers ?? {})) sheet.getRange(rowOf(ind), 3).setValue(v);
    for (const [ind, v] of Object.entries(filling.comments ?? {})) sheet.getRange(rowOf(ind), 4).setValue(v);
  });
}

/** Every indicator answered: `choice` for the choices, then a number, a date and a link, as typed. */
export function fullAnswers(choice: string): Record<string, Scalar> {
  return Object.fromEntries(
    DEFAULT_INDICATORS.map((i) => [
      i.id,
      i.type === 'choice'
        ? choice
        : i.type === 'number'
          ? '7'
          : i.type === 'date'
            ? '01.09.2024'
            : 'https://school.example/oko',
    ]),
  );
}
