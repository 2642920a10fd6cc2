import type { CellValue, Grid } from '../grid/grid';
import type { Change } from '../changes/change-set';
import {
  BACKUP_SHEET,
  backupFromRows,
  cellsToBackUp,
  planMarking,
  planRestore,
  type CellLook,
  type MarkEntry,
} from './mark-backup';

const rows: CellValue[][] = [
  ['№', 'Мероприятие', 'Сроки'],
  ['1', 'Приказ о ВПР', 'март'],
  ['2', 'Наблюдатели', ''],
];
const grid = (values: CellValue[][]): Grid => ({ sheet: 'План', values, merges: [] });
const mark = (row: number, col: number): Change[] => [
  { kind: 'fill', sheet: 'План', row, col, color: '#F4CCCC' },
  { kind: 'note', sheet: 'План', row, col, text: 'ОКО-план' },
];

/** A tiny sheet appearance model: what the host would show after applying changes. */
function paint(looks: Map<string, CellLook>, changes: readonly Change[]): void {
  for (const c of changes) {
    if (c.kind !== 'fill' && c.kind !== 'note') continue;
    const key = `${c.row}:${c.col}`;
    const was = looks.get(key) ?? { fill: null, note: '' };
    looks.set(key, c.kind === 'fill' ? { ...was, fill: c.color } : { ...was, note: c.text });
  }
}

function savedBackup(changes: readonly Change[]): MarkEntry[] {
  const sheet = changes.find((c) => c.kind === 'sheet' && c.name === BACKUP_SHEET);
  return sheet && sheet.kind === 'sheet' ? backupFromRows(sheet.rows) : [];
}

test('mark, re-mark and restore give back the exact original look', () => {
  const g = grid(rows);
  const looks = new Map<string, CellLook>([['3:3', { fill: '#00FF00', note: 'моя заметка' }]]);
  const original = new Map(looks);

  const first = [...mark(3, 3), ...mark(2, 3)];
  const need = cellsToBackUp(g, first, []);
  expect(need).toEqual([
    { row: 3, col: 3 },
    { row: 2, col: 3 },
  ]);
  const plan1 = planMarking(
    g,
    first,
    [],
    need.map((c) => looks.get(`${c.row}:${c.col}`) ?? { fill: null, note: '' }),
  );
  paint(looks, plan1.changes);
  expect(looks.get('3:3')).toEqual({ fill: '#F4CCCC', note: 'ОКО-план' });

  // Re-check: 2:3 is fine now, 3:3 still marked. Only nothing new needs reading.
  const backup1 = savedBackup(plan1.changes);
  const second = mark(3, 3);
  expect(cellsToBackUp(g, second, backup1)).toEqual([]);
  const plan2 = planMarking(g, second, backup1, []);
  paint(looks, plan2.changes);
  expect(looks.get('2:3')).toEqual({ fill: null, note: '' });
  expect(looks.get('3:3')).toEqual({ fill: '#F4CCCC', note: 'ОКО-план' });

  const restore = planRestore(g, savedBackup(plan2.changes), 'Замечания');
  paint(looks, restore.changes);
  expect(looks.get('3:3')).toEqual(original.get('3:3'));
  expect(restore.changes).toContainEqual({ kind: 'remove-sheet', name: BACKUP_SHEET });
  expect(restore.changes).toContainEqual({ kind: 'remove-sheet', name: 'Замечания' });
});

test('rows inserted above: the restore follows the row by its text', () => {
  const g = grid(rows);
  const plan = planMarking(g, mark(3, 3), [], [{ fill: '#123456', note: '' }]);
  const moved = grid([rows[0] ?? [], ['новая', 'строка', ''], ...rows.slice(1)]);
  const restore = planRestore(moved, savedBackup(plan.changes), 'Замечания');
  expect(restore.restored).toBe(1);
  expect(restore.changes).toContainEqual({ kind: 'fill', sheet: 'План', row: 4, col: 3, color: '#123456' });
});

test('a row that was edited or deleted is refused, never painted elsewhere', () => {
  const g = grid(rows);
  const plan = planMarking(g, mark(3, 3), [], [{ fill: '#123456', note: '' }]);
  const edited = grid([rows[0] ?? [], rows[1] ?? [], ['2', 'Наблюдатели (изменено)', '']]);
  const restore = planRestore(edited, savedBackup(plan.changes), 'Замечания');
  expect(restore.restored).toBe(0);
  expect(restore.skipped).toBe(1);
  expect(restore.changes.filter((c) => c.kind === 'fill')).toEqual([]);
  expect(restore.message).toMatch(/строки изменились/);
});

test('the backup survives a host that reads text back as numbers', () => {
  const entries = backupFromRows([
    ['sheet', 'row', 'col', 'rowKey', 'fill', 'note'],
    [2021, 5, 2, 'k3-abc', '', 15],
    ['План', 'x', 2, 'k3-abc', '', ''],
  ]);
  expect(entries).toEqual([{ sheet: '2021', row: 5, col: 2, rowKey: 'k3-abc', fill: null, note: '15' }]);
});
