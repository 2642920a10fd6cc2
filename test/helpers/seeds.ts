/** Seed plans as an official pastes them: one text line a row, one tab a cell, blank lines kept. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, Grid } from '../../core/grid/grid';

export const SEED_DIR = join(__dirname, '..', 'fixtures', 'seeds');

export interface SeedExpectation {
  file: string;
  header: { row: number | null; columns: Record<string, string> };
  items?: number;
  period?: { from: string; to: string };
  deadlines?: Record<string, { kind: string; from?: string; to?: string }>;
  issues: { rule: string; rows: number[] | 'any' }[];
  tolerate?: number[];
}

export function seedFiles(): string[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function seedExpectations(): SeedExpectation[] {
  return JSON.parse(readFileSync(join(SEED_DIR, 'expected.json'), 'utf8')) as SeedExpectation[];
}

/** Pasted text → rows of string cells (no type guessing: Word paste gives text). */
export function textToRows(text: string): CellValue[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line === '' ? [] : line.split('\t').map((c) => (c === '' ? null : c))));
}

export function textToGrid(text: string, sheet = 'План'): Grid {
  return { sheet, values: textToRows(text), merges: [] };
}

export function seedGrid(file: string): Grid {
  return textToGrid(readFileSync(join(SEED_DIR, file), 'utf8'));
}
