/**
 * Which sheet of a book holds the plan, decided once for every host and command. A sheet the user
 * names wins; then the sheet last checked or tracked; then the most plausible plan: a recognised
 * header row and the tool's own status columns weigh more than the number of rows. The tool's own
 * sheets are never the plan. When two sheets are equally plausible, the choice says so.
 */
import { isOwnReport } from '../changes/marks';
import type { Grid } from '../grid/grid';
import { BACKUP_SHEET, backupFromRows } from '../marks/mark-backup';
import { ru } from '../messages/ru';
import { BOOK_SHEETS } from '../summary/tool-sheets';
import type { Plan, Role } from './plan';
import { readPlan } from './read-plan';

/** How the user picks another sheet: the CLI's `--sheet`, or opening it in Sheets or Excel. */
export type ChooseBy = 'option' | 'open';

export interface PlanSheetRequest {
  /** The book's sheets in tab order; tool sheets may be among them, they are skipped. */
  readonly grids: readonly Grid[];
  /** The sheet the user named (`--sheet`): exact name first, then ignoring case and edge spaces. */
  readonly explicit?: string | null;
  /** The sheet last checked or tracked, as the host remembers it. */
  readonly remembered?: string | null;
  readonly by: ChooseBy;
}

export type PlanSheetChoice =
  | {
      readonly ok: true;
      readonly sheet: string;
      readonly grid: Grid;
      readonly plan: Plan;
      /** Set when another sheet was as plausible: which was taken and how to choose another. */
      readonly note: string | null;
    }
  | { readonly ok: false; readonly code: ChoiceFailure; readonly message: string };

export type ChoiceFailure = 'no-sheets' | 'all-empty' | 'no-such-sheet' | 'no-plan';

const failed = (code: ChoiceFailure, message: string): PlanSheetChoice => ({ ok: false, code, message });

/** The tool's status columns: a sheet carrying them was tracked here. */
const OWN_ROLES: readonly Role[] = ['status', 'control-date', 'evidence', 'control'];

/** Sheets the tool builds itself, by name: checklists, summary, marks backup, any hidden `_oko…` sheet. */
export function isToolSheetName(name: string): boolean {
  return BOOK_SHEETS.includes(name) || name.startsWith('_oko');
}

/** 2: header with the tool's columns; 1: a recognised header row; 0: columns inferred from content. */
export function plausibility(plan: Plan): number {
  if (plan.header.row === null) return 0;
  return OWN_ROLES.some((r) => plan.header.columns[r] !== undefined) ? 2 : 1;
}

const fold = (s: string): string => s.trim().toLocaleLowerCase('ru');

/** The sheet of the last check in this book: its marks backup names it. */
export function lastChecked(grids: readonly Grid[]): string | null {
  const backup = grids.find((g) => g.sheet === BACKUP_SHEET);
  const entries = backup ? backupFromRows(backup.values) : [];
  return entries[entries.length - 1]?.sheet ?? null;
}

interface Candidate {
  readonly grid: Grid;
  readonly plan: Plan;
  readonly score: number;
}

function named(grids: readonly Grid[], name: string): Grid | undefined {
  const loose = grids.filter((g) => fold(g.sheet) === fold(name));
  return grids.find((g) => g.sheet === name) ?? (loose.length === 1 ? loose[0] : undefined);
}

function taken(c: Candidate, note: string | null = null): PlanSheetChoice {
  return { ok: true, sheet: c.grid.sheet, grid: c.grid, plan: c.plan, note };
}

const isBlank = (g: Grid): boolean => g.values.every((row) => row.every((v) => v === null || v === ''));

export function choosePlanSheet(req: PlanSheetRequest): PlanSheetChoice {
  const m = ru.planSheet;
  if (req.explicit) {
    const grid = named(req.grids, req.explicit);
    if (!grid)
      return failed(
        'no-such-sheet',
        m.noSuchSheet(
          req.explicit,
          req.grids.map((g) => g.sheet),
        ),
      );
    const read = readPlan(grid);
    return read.ok
      ? { ok: true, sheet: grid.sheet, grid, plan: read.plan, note: null }
      : failed('no-plan', read.problem.message);
  }
  const filled = req.grids.filter((g) => !isBlank(g));
  if (req.grids.length === 0) return failed('no-sheets', m.noSheets);
  if (filled.length === 0) return failed('all-empty', m.allEmpty);
  // A user's own «Замечания» may hold a plan; the tool's report never does, nor any sheet the tool builds.
  const pool = filled.filter((g) => !isToolSheetName(g.sheet) && !isOwnReport(g.values));
  if (pool.length === 0)
    return failed(
      'no-plan',
      m.onlyToolSheets(
        filled.map((g) => g.sheet),
        req.by,
      ),
    );
  const candidates: Candidate[] = [];
  let onlyProblem: string | null = null;
  for (const grid of pool) {
    const read = readPlan(grid);
    if (read.ok) candidates.push({ grid, plan: read.plan, score: plausibility(read.plan) });
    else onlyProblem = read.problem.message;
  }
  if (candidates.length === 0) {
    return failed(
      'no-plan',
      pool.length === 1 && onlyProblem
        ? onlyProblem
        : m.noPlan(
            pool.map((g) => g.sheet),
            req.by,
          ),
    );
  }
  const remembered = req.remembered ?? lastChecked(req.grids);
  const known = candidates.find((c) => c.grid.sheet === remembered);
  if (known) return taken(known);
  const top = Math.max(...candidates.map((c) => c.score));
  const best = candidates.filter((c) => c.score === top);
  // Among equals the bigger table; the first in tab order when they are the same size.
  const first = best.reduce((a, c) => (c.plan.items.length > a.plan.items.length ? c : a));
  const others = best.filter((c) => c !== first).map((c) => c.grid.sheet);
  return taken(first, others.length > 0 ? m.ambiguous(first.grid.sheet, others, req.by) : null);
}
