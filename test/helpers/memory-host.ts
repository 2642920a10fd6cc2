/** An in-memory SheetHost: a book of sheets with values, fills and notes, counting every call. */
import type { CellValue, Grid } from '../../core/grid/grid';
import type { Change } from '../../core/changes/change-set';
import { plainValue } from '../../core/changes/change-set';
import type { SheetHost } from '../../core/host/host';
import type { CellLook, CellRef } from '../../core/marks/mark-backup';

export interface MemorySheet {
  values: CellValue[][];
  fills: Map<string, string | null>;
  notes: Map<string, string>;
  hidden: boolean;
  /** Range-level rules as applied: validation, conditional formats, number formats. */
  rules: Change[];
}

const at = (row: number, col: number): string => `${row}:${col}`;
const area = (c: Change): unknown => ('rows' in c && 'col' in c ? [c.row, c.col, c.rows, c.cols] : null);

export class MemoryHost implements SheetHost {
  readonly sheets = new Map<string, MemorySheet>();
  readonly calls: string[] = [];
  active: string;

  constructor(sheet: string, values: CellValue[][]) {
    this.active = sheet;
    this.sheets.set(sheet, {
      values: values.map((r) => [...r]),
      fills: new Map(),
      notes: new Map(),
      hidden: false,
      rules: [],
    });
  }

  sheet(name: string): MemorySheet {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  look(name: string, row: number, col: number): CellLook {
    const s = this.sheet(name);
    return { fill: s.fills.get(at(row, col)) ?? null, note: s.notes.get(at(row, col)) ?? '' };
  }

  insertRowAbove(name: string, row: number, values: CellValue[]): void {
    const s = this.sheet(name);
    s.values.splice(row - 1, 0, values);
    const shift = <T>(m: Map<string, T>): Map<string, T> =>
      new Map(
        [...m].map(([k, v]) => {
          const [r = 0, c = 0] = k.split(':').map(Number);
          return [at(r >= row ? r + 1 : r, c), v];
        }),
      );
    s.fills = shift(s.fills);
    s.notes = shift(s.notes);
  }

  sheetNames(): string[] {
    this.calls.push('sheetNames');
    return [...this.sheets.keys()];
  }

  activeSheet(): string {
    this.calls.push('activeSheet');
    return this.active;
  }

  readGrid(sheet: string): Grid {
    this.calls.push('readGrid');
    return { sheet, values: this.sheet(sheet).values.map((r) => [...r]), merges: [] };
  }

  readLooks(sheet: string, cells: readonly CellRef[]): CellLook[] {
    this.calls.push('readLooks');
    return cells.map((c) => this.look(sheet, c.row, c.col));
  }

  readToolSheet(name: string): CellValue[][] | null {
    this.calls.push('readToolSheet');
    const s = this.sheets.get(name);
    return s ? s.values.map((r) => [...r]) : null;
  }

  apply(changes: readonly Change[]): void {
    this.calls.push('apply');
    for (const c of changes) {
      if (c.kind === 'fill') this.sheet(c.sheet).fills.set(at(c.row, c.col), c.color);
      else if (c.kind === 'note') {
        if (c.text) this.sheet(c.sheet).notes.set(at(c.row, c.col), c.text);
        else this.sheet(c.sheet).notes.delete(at(c.row, c.col));
      } else if (c.kind === 'values') {
        const s = this.sheet(c.sheet);
        c.values.forEach((line, i) =>
          line.forEach((v, j) => {
            const row = (s.values[c.row - 1 + i] ??= []);
            row[c.col - 1 + j] = v;
          }),
        );
      } else if (c.kind === 'sheet') {
        const values = c.rows.map((r) => r.map(plainValue));
        this.sheets.set(c.name, { values, fills: new Map(), notes: new Map(), hidden: c.hidden ?? false, rules: [] });
      } else if (c.kind === 'remove-sheet') this.sheets.delete(c.name);
      else {
        // A rule replaces the earlier rule of its kind on the same range, as the hosts do.
        const s = this.sheet(c.sheet);
        s.rules = [
          ...s.rules.filter((r) => r.kind !== c.kind || JSON.stringify(area(r)) !== JSON.stringify(area(c))),
          c,
        ];
      }
    }
  }

  readonly selected: string[] = [];

  select(sheet: string, row: number, col: number): void {
    this.calls.push('select');
    this.selected.push(`${sheet}!${row}:${col}`);
  }
}
