/**
 * «Проверить план» through the Excel adapter on the fake: what is Excel's own (report links as
 * hyperlinks, no formula from data, no unsupported API) and bad input. Marks, their exact undo,
 * a fix and its undo on every host are in test/conformance/host-port.test.ts.
 */
import { runAsync, runSync } from '../../core/commands/flow';
import { checkFlow } from '../../core/commands/check-flows';
import { BACKUP_SHEET } from '../../core/marks/mark-backup';
import { ru } from '../../core/messages/ru';
import { MemoryHost } from '../helpers/memory-host';
import { seedGrid } from '../helpers/seeds';
import { bookOf, filledCells, formulaCells, rig, snapshot } from './excel-fixture';

const SEED = '002_54f4a90b33e7accb.txt';

test('«Проверить план» marks exactly the cells of the issues core reports, linked from the report', async () => {
  const grid = seedGrid(SEED);
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
