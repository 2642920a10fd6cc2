/** «Проверить план», «Снять отметки», a fix and its undo through the Excel adapter on the fake. */
import { runAsync, runSync } from '../../core/commands/flow';
import { checkFlow, clearMarksFlow, fixFlow, undoFlow } from '../../core/commands/check-flows';
import { BACKUP_SHEET } from '../../core/marks/mark-backup';
import { ru } from '../../core/messages/ru';
import { MemoryHost } from '../helpers/memory-host';
import { seedFiles, seedGrid } from '../helpers/seeds';
import { bookOf, filledCells, formulaCells, rig, snapshot } from './excel-fixture';

const SEED = '002_54f4a90b33e7accb.txt';

describe.each(seedFiles())('seed %s', (file) => {
  test('«Проверить план» marks exactly the cells of the issues core reports', async () => {
    const grid = seedGrid(file);
    const { fake, host } = rig(bookOf(grid.values));
    const report = await runAsync(host, checkFlow());
    const expected = runSync(
      new MemoryHost(
        'План',
        grid.values.map((r) => [...r]),
      ),
      checkFlow(),
    );

    expect(report.ok).toBe(true);
    // The adapter's grid is the core's view of the sheet: same issues as the in-memory host.
    expect(report.issues).toEqual(expected.issues);
    const cells = new Set(report.issues.map((i) => `${i.row}:${i.col}`));
    const plan = fake.book.sheet('План');
    expect(filledCells(plan)).toEqual(cells);
    const notes = [...snapshot(plan)].filter(([, l]) => l.note !== null);
    expect(new Set(notes.map(([k]) => k))).toEqual(cells);
    for (const [, look] of notes) expect(look.note?.startsWith(ru.report.noteHeader)).toBe(true);

    const list = fake.book.sheet(ru.report.sheetName);
    const links = list.rows.flatMap((row) => row.filter((c) => c?.hyperlink));
    expect(links).toHaveLength(report.issues.length);
    expect(links[0]?.hyperlink?.documentReference).toMatch(/^'План'!\$?[A-Z]+\d+$/);
    expect(fake.book.sheet(BACKUP_SHEET).visibility).toBe('Hidden');
    expect(formulaCells(fake.book)).toEqual([]);
    expect(fake.stats.unsupported).toEqual([]);
  });
});

test('«Снять отметки» restores the exact original fills and notes, also after two checks', async () => {
  const book = bookOf(seedGrid(SEED).values);
  const plan = book.sheet('План');
  plan.at(23, 2).fill = { color: '#00FF00', pattern: 'Solid' };
  plan.at(23, 2).note = 'заметка методиста';
  plan.at(36, 4).fill = { color: '#ABCDEF', pattern: 'Solid' };
  plan.at(5, 1).note = 'своё примечание';
  plan.at(2, 0).fill = { color: '#FFFFFF', pattern: 'Solid' };
  const before = snapshot(plan);
  const { fake, host } = rig(book);

  await runAsync(host, checkFlow());
  expect(plan.get(23, 2)?.fill?.color).toBe('#FFE599');
  await runAsync(host, checkFlow());
  const message = await runAsync(host, clearMarksFlow());

  expect(message).toMatch(/Отметки сняты/);
  expect(snapshot(plan)).toEqual(before);
  expect(book.find(ru.report.sheetName)).toBeUndefined();
  expect(book.find(BACKUP_SHEET)).toBeUndefined();
  expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
});

test('a fix writes through the adapter and its undo puts the text back', async () => {
  const { fake, host } = rig(bookOf(seedGrid(SEED).values));
  const report = await runAsync(host, checkFlow());
  const typo = report.issues.find((i) => i.rule === 'text-typo' && i.row === 24);
  expect(typo?.fix).toBe('Исправить опечатку');
  const fixed = await runAsync(host, fixFlow('План', typo?.id ?? ''));
  expect(fixed.ok).toBe(true);
  expect(fake.book.sheet('План').get(23, 2)?.value).toBe('В течение года');
  const undone = await runAsync(host, undoFlow(JSON.parse(JSON.stringify(fixed.undo))));
  expect(undone.ok).toBe(true);
  expect(fake.book.sheet('План').get(23, 2)?.value).toBe('В течении года');
  expect(formulaCells(fake.book)).toEqual([]);
});

test('bad input: a clear Russian message and nothing changed', async () => {
  const cases = [
    { values: [], message: ru.problems.emptySheet('План') },
    { values: [['просто текст'], ['и ещё строка']], message: ru.problems.noPlan('План') },
  ];
  for (const { values, message } of cases) {
    const book = bookOf(values);
    const before = snapshot(book.sheet('План'));
    const { fake, host } = rig(book);
    const report = await runAsync(host, checkFlow());
    expect(report.ok).toBe(false);
    expect(report.message).toBe(message);
    expect(book.sheets.map((s) => s.name)).toEqual(['План']);
    expect(snapshot(book.sheet('План'))).toEqual(before);
    expect(fake.stats.syncs.every((s) => !s.failed)).toBe(true);
  }
});
