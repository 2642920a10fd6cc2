/**
 * The one host port: what Google Sheets, Excel and the .xlsx CLI each implement. A command reads
 * a snapshot once, core computes, and the host applies the resulting change set in batches.
 */
import type { CellValue, Grid } from '../grid/grid';
import type { ChangeSet } from '../changes/change-set';
import type { CellLook, CellRef } from '../marks/mark-backup';

export interface SheetHost {
  /** The sheet the user is looking at. */
  activeSheet(): string;
  /** The book's sheet names in tab order (the plan-sheet choice reads them when no sheet is given). */
  sheetNames(): string[];
  /** Values, display text and merged areas of a sheet's used range, in one read. */
  readGrid(sheet: string): Grid;
  /** Fill and note of these cells only: the ones about to be marked. */
  readLooks(sheet: string, cells: readonly CellRef[]): CellLook[];
  /** Values of a sheet the tool owns, or null when it does not exist. */
  readToolSheet(name: string): CellValue[][] | null;
  /** Apply changes with the fewest host calls the API allows. */
  apply(changes: ChangeSet): void;
  /** Select a cell for the user (a click in the issue list). */
  select(sheet: string, row: number, col: number): void;
}

/** The same port for hosts whose API is asynchronous (Office.js, ExcelJS files). */
export type AsyncSheetHost = {
  [K in keyof SheetHost]: (...args: Parameters<SheetHost[K]>) => Promise<ReturnType<SheetHost[K]>>;
};
