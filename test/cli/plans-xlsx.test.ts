/** Each realistic plan (test/fixtures/plans) checks the same from an .xlsx book as from its text. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkGrid, type CheckOutcome } from '../../core/check/check';
import { toCheckJson } from '../../core/check/check-json';
import type { Grid } from '../../core/grid/grid';
import { pastedTextToWorkbook } from '../../cli/paste';
import { openWorkbook } from '../../cli/xlsx-open';
import { workbookToGrids } from '../../xlsx/read';
import { PLAN_DIR, planExpectations, planGrid } from '../helpers/plans';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oko-plans-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function comparable(outcome: CheckOutcome): unknown {
  return outcome.ok ? toCheckJson(outcome.plan, outcome.issues) : outcome.problem;
}

describe.each(planExpectations().map((e) => e.file))('plan %s', (file) => {
  test('the book checks as the text does', async () => {
    const out = join(dir, `${basename(file, '.tsv')}.xlsx`);
    await pastedTextToWorkbook(readFileSync(join(PLAN_DIR, file), 'utf8'), 'План').xlsx.writeFile(out);
    const grids = workbookToGrids(await openWorkbook(out));
    expect(grids).toHaveLength(1);
    const fromBook = checkGrid(grids[0] as Grid);
    expect(comparable(fromBook)).toEqual(comparable(checkGrid(planGrid(file))));
  });
});
