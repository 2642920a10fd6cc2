/**
 * Done-when of «Импорт из Word»: every seed made into a .docx (title above, automatic numbering,
 * vertically merged «Сроки»/«Ответственные») imports to a sheet that checks exactly like the
 * same plan typed cell by cell — items, numbers, deadlines, issues; rows shifted by one constant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { checkGrid } from '../../core/check/check';
import { toCheckJson, type CheckJson } from '../../core/check/check-json';
import type { Grid } from '../../core/grid/grid';
import { planDocx } from '../../cli/plan-docx';
import { readDocx } from '../../xlsx/docx-read';
import { comparable, expectedFromTyped } from '../helpers/docx-compare';
import { SEED_DIR, seedFiles, seedGrid } from '../helpers/seeds';

function check(grid: Grid): CheckJson {
  const outcome = checkGrid(grid);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return toCheckJson(outcome.plan, outcome.issues);
}

describe.each(seedFiles())('seed %s as a Word document', (file) => {
  test('imports to a sheet that checks like the typed plan', async () => {
    const bytes = await planDocx(readFileSync(join(SEED_DIR, file), 'utf8'));
    const imported = await readDocx(bytes, file);
    if (!imported.ok) throw new Error(imported.message);
    const docxGrid: Grid = { sheet: 'План', values: imported.plan.rows, merges: imported.plan.merges };
    const typed = check(seedGrid(file));
    const fromWord = check(docxGrid);
    const { shift, want } = expectedFromTyped(typed, fromWord, docxGrid.merges);
    expect(comparable(fromWord, shift)).toEqual(want);
    expect(typed.items.length).toBeGreaterThan(0);
    // The import used Word's features: numbers from numbering.xml, vertical merges where the plan has the columns.
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
    expect(xml?.split('<w:numPr>').length ?? 0).toBeGreaterThan(2);
    const roles = Object.keys(typed.header.columns);
    if (typed.header.row !== null && (roles.includes('deadline') || roles.includes('responsible'))) {
      expect(imported.plan.merges.some((m) => m.rows > 1)).toBe(true);
    }
  });
});
