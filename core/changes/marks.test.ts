import { checkGrid } from '../check/check';
import { textToGrid } from '../../test/helpers/seeds';
import { isCellLink, type Change, type FillChange, type NoteChange, type SheetChange } from './change-set';
import { markChanges, SEVERITY_COLORS } from './marks';

const plan = [
  '№\tМероприятие\tСроки\tИсполнитель',
  '1\tСовещание с руководителями ОО\tВ течении года\t',
  '2\tМониторинг сайтов ОО\tапрель 2023\tИМЦ,',
].join('\n');

function marks(): Change[] {
  const outcome = checkGrid(textToGrid(plan));
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return markChanges(outcome.plan, outcome.issues);
}

test('one fill and one note per marked cell, coloured by the worst severity', () => {
  const changes = marks();
  const fills = changes.filter((c): c is FillChange => c.kind === 'fill');
  const notes = changes.filter((c): c is NoteChange => c.kind === 'note');
  expect(fills).toHaveLength(notes.length);
  expect(fills).toContainEqual(expect.objectContaining({ row: 2, col: 4, color: SEVERITY_COLORS.error }));
  expect(fills).toContainEqual(expect.objectContaining({ row: 2, col: 3, color: SEVERITY_COLORS.warning }));
  expect(fills).toContainEqual(expect.objectContaining({ row: 3, col: 4, color: SEVERITY_COLORS.info }));
  const keys = fills.map((f) => `${f.row}:${f.col}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(notes.find((n) => n.row === 2 && n.col === 3)?.text).toMatch(/Опечатка/);
});

test('the «Замечания» sheet lists every issue with a link to its cell', () => {
  const changes = marks();
  const sheet = changes.find((c): c is SheetChange => c.kind === 'sheet');
  expect(sheet?.name).toBe('Замечания');
  const rows = sheet?.rows ?? [];
  expect(rows[0]).toEqual(['№', 'Важность', 'Правило', 'Ячейка', 'Что не так и что сделать', 'Исправление', 'Код']);
  // The rule in Russian where the official reads; its id only in the narrow last column.
  for (const r of rows.slice(1)) {
    expect(String(r[2])).toMatch(/^[А-ЯЁ]/);
    expect(String(r[6])).toMatch(/^[a-z-]+$/);
  }
  const links = rows
    .slice(1)
    .map((r) => r[3])
    .filter((v) => v !== undefined && isCellLink(v));
  expect(links).toHaveLength(rows.length - 1);
  expect(links).toContainEqual({ text: 'D2', sheet: 'План', row: 2, col: 4 });
});
