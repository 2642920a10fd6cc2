/**
 * Requirement sets guarded at run time: without ExcelApi 1.18 no notes API is touched and the
 * pane says so in Russian; on bare ExcelApi 1.1 the check still runs, on fills alone.
 */
import { runAsync } from '../../core/commands/flow';
import { checkFlow, clearMarksFlow } from '../../core/commands/check-flows';
import { ru } from '../../core/messages/ru';
import { officeBridge } from '../../office-addin/office-bridge';
import { seedGrid } from '../helpers/seeds';
import { bookOf, filledCells, rig, snapshot } from './excel-fixture';

const SEED = '002_54f4a90b33e7accb.txt';

test.each([17, 8, 1])(
  'ExcelApi 1.%i: marks by fill only, no newer API touched, notes missing said, undo exact (no fill stays no fill)',
  async (minor) => {
    const book = bookOf(seedGrid(SEED).values);
    const plan = book.sheet('План');
    plan.at(23, 2).fill = { color: '#00FF00', pattern: 'Solid' };
    const before = snapshot(plan);
    const { fake, host } = rig(book, minor);
    expect(host.notes).toBe(false);

    const report = await officeBridge(host).check();
    expect(report.ok).toBe(true);
    expect(report.message).toContain(ru.excel.notesUnsupported);
    expect(filledCells(plan)).toEqual(new Set(report.issues.map((i) => `${i.row}:${i.col}`)));
    expect([...snapshot(plan).values()].some((l) => l.note !== null)).toBe(false);
    expect(book.find(ru.report.sheetName)).toBeDefined();

    await runAsync(host, clearMarksFlow());
    // Exact on every level: a cell that had no fill gets no fill back, never white.
    expect(snapshot(plan)).toEqual(before);
    expect(fake.stats.count('fill.clear')).toBeGreaterThan(0);
    expect(fake.stats.notesTouched).toBe(0);
    expect(fake.stats.unsupported).toEqual([]);
    expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
  },
);

test('ExcelApi 1.18: notes are used and the report has no notes warning', async () => {
  const { fake, host } = rig(bookOf(seedGrid(SEED).values));
  const report = await officeBridge(host).check();
  expect(report.message).not.toContain(ru.excel.notesUnsupported);
  expect(fake.stats.notesTouched).toBeGreaterThan(0);
  await runAsync(host, checkFlow());
  expect(fake.stats.unsupported).toEqual([]);
});

test('an Office error reaches the pane as a Russian sentence', async () => {
  const { fake } = rig(bookOf(seedGrid(SEED).values));
  const g = globalThis as unknown as { Excel: { run: unknown } };
  g.Excel = {
    run: () => Promise.reject(Object.assign(new Error('edit mode'), { code: 'InvalidOperationInCellEditMode' })),
  };
  const { createExcelHost } = await import('../../office-addin/excel-host');
  const { officeEnv } = await import('../../office-addin/excel-env');
  await expect(officeBridge(createExcelHost(officeEnv())).check()).rejects.toThrow(ru.excel.errors.editMode);
  expect(fake.stats.syncs).toEqual([]);
});
