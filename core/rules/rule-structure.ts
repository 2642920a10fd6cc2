/** row-continuation, header-missing, header-repeated: how the table was laid out. */
import { cellText, colLetter } from '../grid/grid';
import { ru, ROLE_NAMES } from '../messages/ru';
import type { Role } from '../plan/plan';
import type { CellEdit, Issue } from '../check/issue';
import { issue, type Rule } from './rule';

export const rowContinuation: Rule = {
  id: 'row-continuation',
  check(plan, grid) {
    const issues: Issue[] = [];
    const roles = Object.entries(plan.header.columns) as [Role, number][];
    for (const item of plan.items) {
      for (const row of item.continuations) {
        // The merge: each continued cell of the item gets the joined text; the continuation row is emptied.
        const edits: CellEdit[] = [];
        for (const [role, col] of roles) {
          if (role === 'number' || !cellText(grid, row, col)) continue;
          edits.push({ row: item.row, col, value: item.text[role] ?? '' }, { row, col, value: null });
        }
        const fix = item.continuations.length === 1 ? { label: ru.fixes.merge, edits } : null;
        const firstCol = Math.min(...roles.filter(([, c]) => cellText(grid, row, c)).map(([, c]) => c));
        issues.push(
          issue(
            'row-continuation',
            'warning',
            row,
            Number.isFinite(firstCol) ? firstCol : null,
            ru.rules.rowContinuation(item.row),
            fix,
          ),
        );
      }
    }
    return issues;
  },
};

export const headerMissing: Rule = {
  id: 'header-missing',
  check(plan) {
    if (plan.header.row !== null) return [];
    const found = (Object.entries(plan.header.columns) as [Role, number][])
      .sort((a, b) => a[1] - b[1])
      .map(([role, col]) => `${colLetter(col)} — ${ROLE_NAMES[role]}`)
      .join(', ');
    return [issue('header-missing', 'warning', plan.firstRow, null, ru.rules.headerMissing(found))];
  },
};

export const headerRepeated: Rule = {
  id: 'header-repeated',
  check(plan, grid) {
    const headerRow = plan.header.row;
    if (headerRow === null) return [];
    // A two-row header repeated after a page break is one repeat: one issue, one fix clearing both rows.
    const runs: number[][] = [];
    for (const row of plan.header.repeatedRows) {
      const run = runs[runs.length - 1];
      if (run && run[run.length - 1] === row - 1) run.push(row);
      else runs.push([row]);
    }
    return runs.map((rows) => {
      const edits: CellEdit[] = [];
      for (const row of rows) {
        const width = grid.values[row - 1]?.length ?? 0;
        for (let col = 1; col <= width; col++) if (cellText(grid, row, col)) edits.push({ row, col, value: null });
      }
      return issue(
        'header-repeated',
        'warning',
        rows[0] ?? headerRow,
        null,
        ru.rules.headerRepeated(headerRow, rows.length),
        {
          label: ru.fixes.clearRow,
          edits,
        },
      );
    });
  },
};
