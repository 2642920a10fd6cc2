/** A seed plan read from its .xlsx book is the same plan as read from its pasted text. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrid, type CheckOutcome } from '../../core/check/check';
import { toCheckJson } from '../../core/check/check-json';
import type { CellValue, Grid } from '../../core/grid/grid';
import { openWorkbook } from '../../cli/xlsx-open';
import { workbookToGrids } from '../../xlsx/read';
import { seedFiles, seedGrid } from '../helpers/seeds';
import { seedXlsx } from '../helpers/seed-xlsx';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oko-seed-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Rows without trailing empty cells, the grid without trailing empty rows. */
function trimmed(grid: Grid): CellValue[][] {
  const rows = grid.values.map((row) => {
    const r = [...row];
    while (r.length > 0 && (r[r.length - 1] === null || r[r.length - 1] === '')) r.pop();
    return r;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}

function comparable(outcome: CheckOutcome): unknown {
  return outcome.ok ? toCheckJson(outcome.plan, outcome.issues) : outcome.problem;
}

describe.each(seedFiles())('seed %s', (file) => {
  test('the book holds the text cell for cell, and checks the same', async () => {
    const wb = await openWorkbook(await seedXlsx(file, dir));
    const grids = workbookToGrids(wb);
    expect(grids).toHaveLength(1);
    const fromBook = grids[0] as Grid;
    const fromText = seedGrid(file);
    expect(fromBook.sheet).toBe(fromText.sheet);
    expect(trimmed(fromBook)).toEqual(trimmed(fromText));
    expect(comparable(checkGrid(fromBook))).toEqual(comparable(checkGrid(fromText)));
  });
});
