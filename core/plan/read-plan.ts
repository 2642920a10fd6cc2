/** Reads a grid into a Plan: locate the table, build its structure, find the period, parse deadlines. */
import { cellText, cellValue, isDateValue, type Grid } from '../grid/grid';
import { parseIso } from '../grid/dates';
import { clean } from '../text/normalize';
import { parseDeadline } from '../deadline/deadline-parse';
import { NO_CONTEXT, type Deadline, type DeadlineContext } from '../deadline/deadline';
import type { Problem } from '../check/problem';
import { ru } from '../messages/ru';
import { blockContext, blocksPeriod, deadlineContext, deadlinesPeriod, findStatements, titlePeriod } from './period';
import { buildStructure, type DraftItem } from './structure';
import { locateTable } from './table-locate';
import type { Plan, PlanItem } from './plan';

export type ReadOutcome =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly problem: Problem };

/**
 * Every cell as cleaned text, read once. A vertically merged cell («Ответственный» shared by
 * several measures) counts for every row it covers; a horizontal merge stays in its first cell.
 */
export function gridTexts(grid: Grid): string[][] {
  const texts = grid.values.map((row, r) => row.map((_, c) => clean(cellText(grid, r + 1, c + 1))));
  for (const m of grid.merges) {
    const top = texts[m.row - 1]?.[m.col - 1] ?? '';
    for (let r = m.row + 1; r < m.row + m.rows && top; r++) {
      const row = texts[r - 1];
      if (row) row[m.col - 1] = top;
    }
  }
  return texts;
}

export function readPlan(grid: Grid): ReadOutcome {
  const texts = gridTexts(grid);
  if (texts.every((row) => row.every((t) => t === ''))) {
    return { ok: false, problem: { code: 'empty-sheet', message: ru.problems.emptySheet(grid.sheet) } };
  }
  const loc = locateTable(texts);
  if (loc) unmergeNumbers(grid, texts, loc.columns.number);
  const numbersAsDates = loc ? undoDateNumbers(grid, texts, loc.columns.number, loc.firstRow) : [];
  const structure = loc ? buildStructure(texts, loc) : null;
  if (!loc || !structure || structure.items.length === 0) {
    return { ok: false, problem: { code: 'no-plan', message: ru.problems.noPlan(grid.sheet) } };
  }
  const deadlineOf = (item: DraftItem, ctx: DeadlineContext): Deadline | null => {
    const col = loc.columns.deadline;
    if (col === undefined) return null;
    const raw = cellValue(grid, item.deadlineRow, col);
    // Dates and serial numbers are read from the typed value; text from the merged item text.
    return parseDeadline(typeof raw === 'string' || raw === null ? (item.text.deadline ?? null) : raw, ctx);
  };
  const statements = findStatements(texts, loc.headerRow ?? loc.firstRow);
  const period =
    titlePeriod(statements) ??
    blocksPeriod(structure.blocks) ??
    deadlinesPeriod(structure.items.map((i) => deadlineOf(i, NO_CONTEXT)));
  const ctx = deadlineContext(period);
  // Inside a year block («2025 год») a month written without a year is a month of that year.
  const blockYears = new Map(structure.blocks.map((b) => [b.row, b.year]));
  const contextOf = (d: DraftItem): DeadlineContext => {
    const year = d.blockRow === null ? undefined : blockYears.get(d.blockRow);
    return year === undefined ? ctx : blockContext(year);
  };
  const items: PlanItem[] = structure.items.map((d) => ({
    row: d.row,
    rows: d.rows,
    continuations: d.continuations,
    number: d.number?.raw ?? null,
    depth: d.depth,
    parentRow: d.parentRow,
    section: d.section,
    sectionRow: d.sectionRow,
    block: d.block,
    blockRow: d.blockRow,
    text: d.text,
    deadline: deadlineOf(d, contextOf(d)),
  }));
  const titleRows = statements.map((s) => s.row);
  return {
    ok: true,
    plan: {
      sheet: grid.sheet,
      header: { row: loc.headerRow, columns: loc.columns, repeatedRows: loc.repeatedRows },
      firstRow: loc.firstRow,
      lastRow: loc.lastRow,
      titleRows,
      items,
      sections: structure.sections,
      blocks: structure.blocks,
      period,
      statements,
      numbersAsDates,
    },
  };
}

/**
 * A number cell merged down over the rows of one measure (each row its own deadline or executor)
 * numbers that measure once: the rows below read as its unnumbered sub-rows, not as repeats.
 */
function unmergeNumbers(grid: Grid, texts: string[][], col: number | undefined): void {
  if (col === undefined) return;
  for (const m of grid.merges) {
    if (m.col !== col || m.rows < 2) continue;
    for (let r = m.row + 1; r < m.row + m.rows; r++) {
      const row = texts[r - 1];
      if (row) row[col - 1] = '';
    }
  }
}

/**
 * Excel turns an item number typed as «1.5» into the date 1 May. In the number column such a date
 * is read back as the number it was («1.5»), and its row is remembered for `number-format`.
 */
function undoDateNumbers(grid: Grid, texts: string[][], col: number | undefined, firstRow: number): number[] {
  if (col === undefined) return [];
  const rows: number[] = [];
  for (let r = firstRow; r <= texts.length; r++) {
    const v = cellValue(grid, r, col);
    const row = texts[r - 1];
    if (!isDateValue(v) || !row) continue;
    const p = parseIso(v.date);
    row[col - 1] = `${p.d}.${p.m}`;
    rows.push(r);
  }
  return rows;
}
