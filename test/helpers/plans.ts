/** Realistic plans of shapes the seeds lack (test/fixtures/plans): TSV text, one line a row, as seeds are. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../core/grid/grid';
import { textToGrid } from './seeds';

export const PLAN_DIR = join(__dirname, '..', 'fixtures', 'plans');

type Expected = { kind: string; from: string | null; to: string | null };

export interface PlanExpectation {
  file: string;
  /** What the plan looks like, in the words of the department. */
  shape: string;
  header: { row: number | null; columns: Record<string, string> };
  period: { from: string; to: string } | null;
  /** First sheet rows of every item, in order. */
  items: number[];
  sections: { row: number; number: string | null; title: string }[];
  blocks: { row: number; year: number }[];
  deadlines: Record<string, Expected>;
  /** Issues that must be reported; `fix` is the value the fix writes, when there is one. */
  issues: { rule: string; severity: string; row: number; fix?: string }[];
  /** The only errors allowed: what an experienced official would call an error too. */
  errors: { rule: string; row: number }[];
  /** Rows the plan's shape explains (structure, title, order text): nothing may be said about them. */
  silent: number[];
}

export function planExpectations(): PlanExpectation[] {
  return JSON.parse(readFileSync(join(PLAN_DIR, 'expected.json'), 'utf8')) as PlanExpectation[];
}

export function planGrid(file: string): Grid {
  return textToGrid(readFileSync(join(PLAN_DIR, file), 'utf8'));
}
