/**
 * What «Импорт из Word» read, laid out as sheets: the changes that write them and names the book
 * does not have yet. Apart from the reader (docx-import.ts), so hosts that only write (the task
 * pane) do not bundle the XML parser.
 */
import type { SheetChange } from '../changes/change-set';
import type { CellRange } from '../grid/grid';
import { ru } from '../messages/ru';

export interface ImportedSheet {
  readonly rows: string[][];
  readonly merges: CellRange[];
  /** Column widths in characters. */
  readonly widths: number[];
  /** The first row of the table itself (1-based), below the preamble. */
  readonly tableRow: number;
}

export type DocxImport =
  | { readonly ok: true; readonly plan: ImportedSheet; readonly others: ImportedSheet[]; readonly tables: number }
  | { readonly ok: false; readonly message: string };

/** The imported sheets as changes: text wraps in the table's columns, merges are kept. */
export function importChanges(
  plan: ImportedSheet,
  planName: string,
  others: readonly { sheet: ImportedSheet; name: string }[],
): SheetChange[] {
  const one = (s: ImportedSheet, name: string): SheetChange => ({
    kind: 'sheet',
    name,
    rows: s.rows.map((line) => line.map((t) => (t === '' ? null : t))),
    widths: s.widths,
    wrapCols: s.widths.map((_, i) => i + 1),
    merges: s.merges,
    // A plan table is wide: landscape, one page wide, as the other sheets the tool writes.
    print: { orientation: 'landscape' },
  });
  return [one(plan, planName), ...others.map((o) => one(o.sheet, o.name))];
}

/** `base`, or `base (2)`, `base (3)` … — the first name the book does not have (case-insensitive, as hosts compare). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const name = `${base} (${k})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Names for the plan and the other tables of one import, none clashing with the book's. */
export function importSheetNames(others: number, existing: readonly string[]): { plan: string; others: string[] } {
  const used = [...existing];
  const plan = uniqueSheetName(ru.docxImport.planSheet, used);
  used.push(plan);
  const rest: string[] = [];
  for (let k = 0; k < others; k++) {
    const name = uniqueSheetName(ru.docxImport.tableSheet(k + 2), used);
    used.push(name);
    rest.push(name);
  }
  return { plan, others: rest };
}
