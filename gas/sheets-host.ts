/**
 * The Google Sheets side of the host port. Translation, batching and limits only: every decision
 * about what to mark, back up or restore was made in core.
 */
import type { CellRange, CellValue, Grid } from '../core/grid/grid';
import type {
  ColumnsChange,
  Change,
  ChartChange,
  ConditionalChange,
  FillChange,
  FormatChange,
  NoteChange,
  SheetChange,
  ValidationChange,
  ValuesChange,
} from '../core/changes/change-set';
import type { SheetHost } from '../core/host/host';
import type { CellLook, CellRef } from '../core/marks/mark-backup';
import { ru } from '../core/messages/ru';
import { UserFacingError } from './failure';
import { protectedPart } from './protection-check';
import { fillOf, readSheetGrid, readToolValues } from './sheets-read';
import { fillWrites, noteWrites, sheetNamed, valueWrites, writeFills, writeNotes, writeValues } from './sheets-write';
import { writeChart } from './sheets-chart';
import { areaOf, hasArea, writeConditionals, writeFormats, writeValidations } from './sheets-rules';
import { ensureSize, writeColumns, writeToolSheet } from './tool-sheet-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const missingSheet = (name: string): Error => new UserFacingError(ru.gas.sheetMissing(name));

interface ChangesByKind {
  readonly sheets: SheetChange[];
  readonly values: ValuesChange[];
  readonly fills: FillChange[];
  readonly notes: NoteChange[];
  readonly formats: FormatChange[];
  readonly validations: ValidationChange[];
  readonly conditionals: ConditionalChange[];
  readonly charts: ChartChange[];
  readonly removed: string[];
  readonly columns: ColumnsChange[];
}

function byKind(changes: readonly Change[]): ChangesByKind {
  const out: ChangesByKind = {
    sheets: [],
    values: [],
    fills: [],
    notes: [],
    formats: [],
    validations: [],
    conditionals: [],
    charts: [],
    removed: [],
    columns: [],
  };
  for (const c of changes) {
    if (c.kind === 'sheet') out.sheets.push(c);
    else if (c.kind === 'values') out.values.push(c);
    else if (c.kind === 'fill') out.fills.push(c);
    else if (c.kind === 'note') out.notes.push(c);
    else if (c.kind === 'format') out.formats.push(c);
    else if (c.kind === 'validation') out.validations.push(c);
    else if (c.kind === 'conditional') out.conditionals.push(c);
    else if (c.kind === 'chart') out.charts.push(c);
    else if (c.kind === 'columns') out.columns.push(c);
    else out.removed.push(c.name);
  }
  return out;
}

/** A rectangle of a user's sheet the apply is about to touch. */
interface Target {
  readonly sheet: string;
  readonly area: CellRange;
}

export class SheetsHost implements SheetHost {
  constructor(private readonly ss: Spreadsheet) {}

  private sheet(name: string): Sheet {
    return sheetNamed(this.ss, name, missingSheet);
  }

  activeSheet(): string {
    return this.ss.getActiveSheet().getName();
  }

  sheetNames(): string[] {
    return this.ss.getSheets().map((s) => s.getName());
  }

  readGrid(sheet: string): Grid {
    return readSheetGrid(this.sheet(sheet), this.ss.getSpreadsheetTimeZone());
  }

  /** One getBackgrounds and one getNotes over the bounding rectangle of the cells. */
  readLooks(sheet: string, cells: readonly CellRef[]): CellLook[] {
    if (cells.length === 0) return [];
    const row = cells.reduce((m, c) => Math.min(m, c.row), Infinity);
    const col = cells.reduce((m, c) => Math.min(m, c.col), Infinity);
    const rows = cells.reduce((m, c) => Math.max(m, c.row), 0) - row + 1;
    const cols = cells.reduce((m, c) => Math.max(m, c.col), 0) - col + 1;
    const range = this.sheet(sheet).getRange(row, col, rows, cols);
    const fills = range.getBackgrounds();
    const notes = range.getNotes();
    return cells.map((c) => ({
      fill: fillOf(fills[c.row - row]?.[c.col - col] ?? '#ffffff'),
      note: notes[c.row - row]?.[c.col - col] ?? '',
    }));
  }

  readToolSheet(name: string): CellValue[][] | null {
    const sheet = this.ss.getSheetByName(name);
    return sheet ? readToolValues(sheet, this.ss.getSpreadsheetTimeZone()) : null;
  }

  /**
   * Order matters if the script is stopped halfway: tool sheets (with the backup of original
   * looks) first, then the plan's cells, then removals; so a backup never lags behind a mark.
   */
  apply(changes: readonly Change[]): void {
    const parts = byKind(changes);
    const fills = fillWrites(parts.fills);
    const notes = noteWrites(parts.notes);
    const values = valueWrites(parts.values);
    const rules = ruleTargets(parts);
    this.refuseProtected([...fills, ...notes, ...values, ...rules], new Set(parts.sheets.map((c) => c.name)));
    const timeZone = this.ss.getSpreadsheetTimeZone();
    const active = parts.sheets.length ? this.ss.getActiveSheet() : null;
    let inserted = false;
    for (const c of parts.sheets) inserted = writeToolSheet(this.ss, c, timeZone) || inserted;
    for (const c of parts.charts) writeChart(this.toolSheet(c.sheet, parts.sheets), c);
    this.makeRoom([...values, ...rules]);
    writeValues(this.ss, values, timeZone, missingSheet);
    writeFills(this.ss, fills, missingSheet);
    writeNotes(this.ss, notes, missingSheet);
    const sheetOf = (name: string): Sheet => this.sheet(name);
    writeFormats(sheetOf, parts.formats);
    writeValidations(sheetOf, parts.validations);
    writeConditionals(sheetOf, parts.conditionals);
    for (const c of parts.columns) writeColumns(sheetOf(c.sheet), c);
    for (const name of parts.removed) {
      const old = this.ss.getSheetByName(name);
      if (old) this.ss.deleteSheet(old);
    }
    // Sheets activates a sheet it inserts: bring the user back to the plan.
    if (inserted && active && !parts.removed.includes(active.getName())) active.activate();
  }

  /**
   * Throws the same refusal `apply` would for protected cells, writing nothing: for commands that
   * must know before work that cannot be taken back (files made on Drive) that the book will take it.
   */
  assertWritable(changes: readonly Change[]): void {
    const parts = byKind(changes);
    const targets = [
      ...fillWrites(parts.fills),
      ...noteWrites(parts.notes),
      ...valueWrites(parts.values),
      ...ruleTargets(parts),
    ];
    this.refuseProtected(targets, new Set(parts.sheets.map((c) => c.name)));
  }

  /** Charts go only on a sheet this apply rebuilds: never on a user's sheet. */
  private toolSheet(name: string, rebuilt: readonly SheetChange[]): Sheet {
    if (!rebuilt.some((c) => c.name === name))
      throw new Error(`Sheets adapter: a chart on ${name}, which is not a tool sheet of this change set`);
    return this.sheet(name);
  }

  select(sheet: string, row: number, col: number): void {
    this.sheet(sheet).getRange(row, col).activate();
  }

  /**
   * All planned writes of the user's sheets are checked before the first one is made. A sheet this
   * apply creates (a first «Свод чек-листов» with its colours) has nothing to check yet.
   */
  private refuseProtected(targets: readonly Target[], created: ReadonlySet<string>): void {
    for (const [name, areas] of bySheet(targets)) {
      const sheet = this.ss.getSheetByName(name);
      if (!sheet && created.has(name)) continue;
      const part = protectedPart(sheet ?? this.sheet(name), areas);
      if (part) throw new UserFacingError(ru.gas.protectedCells(name, part));
    }
  }

  /** New columns («Статус», «Контроль», …) may lie past the sheet's last column: grow it first. */
  private makeRoom(targets: readonly Target[]): void {
    for (const [name, areas] of bySheet(targets)) {
      const rows = areas.reduce((m, a) => Math.max(m, a.row + a.rows - 1), 0);
      const cols = areas.reduce((m, a) => Math.max(m, a.col + a.cols - 1), 0);
      ensureSize(this.sheet(name), rows, cols);
    }
  }
}

function ruleTargets(parts: ChangesByKind): Target[] {
  return [...parts.formats, ...parts.validations, ...parts.conditionals]
    .filter(hasArea)
    .map((c) => ({ sheet: c.sheet, area: areaOf(c) }));
}

function bySheet(targets: readonly Target[]): Map<string, CellRange[]> {
  const out = new Map<string, CellRange[]>();
  for (const t of targets) out.set(t.sheet, [...(out.get(t.sheet) ?? []), t.area]);
  return out;
}
