import type { Grid } from '../grid/grid';
import type { Fix } from '../check/issue';
import { gridAfter, planFix, planUndo } from './fix-apply';

const grid: Grid = { sheet: 'План', values: [['1', 'В течении года', 'ИМЦ,']], merges: [] };
const fix: Fix = { label: 'Исправить опечатку', edits: [{ row: 1, col: 2, value: 'В течение года' }] };

test('a fix rewrites its cells and its undo writes the old values back', () => {
  const applied = planFix(grid, fix);
  expect(applied.ok && applied.changes).toEqual([
    { kind: 'values', sheet: 'План', row: 1, col: 2, values: [['В течение года']] },
  ]);
  if (!applied.ok) return;
  const after: Grid = { ...grid, values: [['1', 'В течение года', 'ИМЦ,']] };
  const undone = planUndo(after, JSON.parse(JSON.stringify(applied.undo)));
  expect(undone.ok && undone.changes).toEqual([
    { kind: 'values', sheet: 'План', row: 1, col: 2, values: [['В течении года']] },
  ]);
});

test('the undo refuses when the cell was edited after the fix', () => {
  const applied = planFix(grid, fix);
  if (!applied.ok) throw new Error('fix failed');
  const edited: Grid = { ...grid, values: [['1', 'Круглый год', 'ИМЦ,']] };
  const undone = planUndo(edited, applied.undo);
  expect(undone).toEqual({ ok: false, message: expect.stringMatching(/нельзя/) });
});

test('gridAfter rewrites the display text too, so row keys see the new text', () => {
  const shown: Grid = { ...grid, display: [['1', 'В течении года', 'ИМЦ,']] };
  const after = gridAfter(shown, fix.edits);
  expect(after.values[0]?.[1]).toBe('В течение года');
  expect(after.display?.[0]?.[1]).toBe('В течение года');
  expect(shown.display?.[0]?.[1]).toBe('В течении года');
});
