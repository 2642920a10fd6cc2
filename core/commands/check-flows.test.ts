import { MemoryHost } from '../../test/helpers/memory-host';
import { seedGrid } from '../../test/helpers/seeds';
import { runAsync, runSync } from './flow';
import { checkFlow, clearMarksFlow, fixFlow, undoFlow } from './check-flows';
import type { AsyncSheetHost } from '../host/host';

function seedHost(file: string): MemoryHost {
  const grid = seedGrid(file);
  return new MemoryHost(
    'План',
    grid.values.map((r) => [...r]),
  );
}

const SEED = '002_54f4a90b33e7accb.txt';

test('check marks the sheet in one read and one batch; clear restores the exact original look', () => {
  const host = seedHost(SEED);
  host.sheet('План').fills.set('24:3', '#00ff00');
  host.sheet('План').notes.set('24:3', 'заметка методиста');
  const report = runSync(host, checkFlow());
  expect(report.ok).toBe(true);
  expect(report.issues.map((i) => i.rule)).toContain('text-typo');
  expect(host.calls).toEqual(['activeSheet', 'readGrid', 'readToolSheet', 'readToolSheet', 'readLooks', 'apply']);
  expect(host.look('План', 24, 3).fill).toBe('#FFE599');
  expect(host.sheets.has('Замечания')).toBe(true);

  host.calls.length = 0;
  const message = runSync(host, clearMarksFlow());
  expect(message).toMatch(/Отметки сняты/);
  expect(host.look('План', 24, 3)).toEqual({ fill: '#00ff00', note: 'заметка методиста' });
  expect(host.look('План', 37, 5)).toEqual({ fill: null, note: '' });
  expect(host.sheets.has('Замечания')).toBe(false);
  expect(host.sheets.has('_oko_marks')).toBe(false);
});

test('checking twice keeps the first backup: clearing still restores the original', () => {
  const host = seedHost(SEED);
  host.sheet('План').fills.set('37:5', '#abcdef');
  runSync(host, checkFlow());
  runSync(host, checkFlow());
  runSync(host, clearMarksFlow());
  expect(host.look('План', 37, 5)).toEqual({ fill: '#abcdef', note: '' });
});

test('a row inserted above the marks: clearing follows the rows, never paints the new one', () => {
  const host = seedHost(SEED);
  runSync(host, checkFlow());
  host.insertRowAbove('План', 14, ['Новый раздел']);
  const message = runSync(host, clearMarksFlow());
  expect(message).toMatch(/Отметки сняты/);
  expect(host.look('План', 38, 5)).toEqual({ fill: null, note: '' });
  expect(host.look('План', 14, 1)).toEqual({ fill: null, note: '' });
});

test('a fix is one undoable step; the undo refuses after a later edit', () => {
  const host = seedHost(SEED);
  const report = runSync(host, checkFlow());
  const typo = report.issues.find((i) => i.rule === 'text-typo' && i.row === 24);
  expect(typo?.fix).toBe('Исправить опечатку');
  const fixed = runSync(host, fixFlow('План', typo?.id ?? ''));
  expect(fixed.ok).toBe(true);
  expect(host.sheet('План').values[23]?.[2]).toBe('В течение года');
  expect(fixed.report?.issues.some((i) => i.id === typo?.id)).toBe(false);
  const undo = JSON.parse(JSON.stringify(fixed.undo));
  const undone = runSync(host, undoFlow(undo));
  expect(undone.ok).toBe(true);
  expect(host.sheet('План').values[23]?.[2]).toBe('В течении года');

  const again = runSync(host, fixFlow('План', typo?.id ?? ''));
  const row = host.sheet('План').values[23];
  if (row) row[2] = 'Круглый год';
  const refused = runSync(host, undoFlow(JSON.parse(JSON.stringify(again.undo))));
  expect(refused.ok).toBe(false);
  expect(host.sheet('План').values[23]?.[2]).toBe('Круглый год');
});

test('the async driver runs the same flow', async () => {
  const host = seedHost(SEED);
  const asyncHost: AsyncSheetHost = {
    activeSheet: async () => host.activeSheet(),
    sheetNames: async () => host.sheetNames(),
    readGrid: async (s) => host.readGrid(s),
    readLooks: async (s, c) => host.readLooks(s, c),
    readToolSheet: async (n) => host.readToolSheet(n),
    apply: async (c) => host.apply(c),
    select: async (s, r, c) => host.select(s, r, c),
  };
  const report = await runAsync(asyncHost, checkFlow());
  expect(report.counts.error).toBe(1);
  expect(host.calls).toEqual(['activeSheet', 'readGrid', 'readToolSheet', 'readToolSheet', 'readLooks', 'apply']);
});

test('a sheet without a plan is a Russian message, nothing is written', () => {
  const host = new MemoryHost('Лист1', [['Пояснительная записка']]);
  const report = runSync(host, checkFlow());
  expect(report).toMatchObject({ ok: false, message: expect.stringMatching(/не найдена таблица плана/) });
  expect(host.calls).not.toContain('apply');
});

test('after a fix and its undo, clearing the marks still restores the fixed row', () => {
  const host = seedHost(SEED);
  host.sheet('План').notes.set('24:3', 'заметка методиста');
  const report = runSync(host, checkFlow());
  const typo = report.issues.find((i) => i.rule === 'text-typo' && i.row === 24);
  const fixed = runSync(host, fixFlow('План', typo?.id ?? ''));
  expect(host.look('План', 24, 3).fill).toBeNull();
  runSync(host, undoFlow(JSON.parse(JSON.stringify(fixed.undo))));
  expect(host.look('План', 24, 3).fill).toBe('#FFE599');
  runSync(host, clearMarksFlow());
  expect(host.look('План', 24, 3)).toEqual({ fill: null, note: 'заметка методиста' });
});

test('a sheet «Замечания» the official made is never overwritten: the report takes its own name', () => {
  const host = seedHost(SEED);
  host.apply([{ kind: 'sheet', name: 'Замечания', rows: [['Мои заметки к плану'], ['позвонить в ИМЦ']] }]);
  runSync(host, checkFlow());
  expect(host.sheet('Замечания').values).toEqual([['Мои заметки к плану'], ['позвонить в ИМЦ']]);
  expect(host.sheet('Замечания ОКО-план').values[0]?.[0]).toBe('№');
  runSync(host, clearMarksFlow());
  expect(host.sheets.has('Замечания')).toBe(true);
  expect(host.sheets.has('Замечания ОКО-план')).toBe(false);
});
