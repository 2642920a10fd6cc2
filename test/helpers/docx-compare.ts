/** What «Импорт из Word» must keep: the check of an imported plan against the plan typed cell by cell. */
import type { CheckJson } from '../../core/check/check-json';
import type { CellRange } from '../../core/grid/grid';

/** Items and issues with rows moved by `shift` (a .docx has no blank lines of a paste). */
export function comparable(json: CheckJson, shift: number) {
  return {
    header: json.header.columns,
    period: json.period,
    items: json.items.map((i) => ({
      rows: i.rows.map((r) => r - shift),
      number: i.number,
      activity: i.activity,
      deadline: i.deadline,
      responsible: i.responsible,
    })),
    issues: json.issues.map((i) => ({ rule: i.rule, severity: i.severity, row: i.row - shift, column: i.column })),
  };
}

const CELL_TEXT_RULES = new Set(['text-cleanup', 'text-typo']);

/**
 * The typed plan's check as the imported one must equal it. In Word a vertically merged
 * «Сроки» is one cell: a rule on a cell's own text flags it once, not once per row it covers.
 */
export function expectedFromTyped(typed: CheckJson, imported: CheckJson, merges: readonly CellRange[]) {
  const shift = (imported.items[0]?.row ?? 0) - (typed.items[0]?.row ?? 0);
  const covered = (row: number, column: string | null) =>
    merges.some(
      (m) => String.fromCharCode(64 + m.col) === column && row + shift > m.row && row + shift < m.row + m.rows,
    );
  const expected = comparable(typed, 0);
  return {
    shift,
    want: {
      ...expected,
      issues: expected.issues.filter((i) => !(CELL_TEXT_RULES.has(i.rule) && covered(i.row, i.column))),
    },
  };
}
