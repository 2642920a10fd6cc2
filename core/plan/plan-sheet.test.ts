/** Which sheet is the plan: named, remembered, most plausible; tool sheets never; ties said aloud. */
import { BIG_SHEET, book41Grids, PLAN_SHEET } from '../../test/helpers/book-41';
import type { Grid } from '../grid/grid';
import { BACKUP_SHEET } from '../marks/mark-backup';
import { ru } from '../messages/ru';
import { choosePlanSheet, plausibility } from './plan-sheet';
import { readPlan } from './read-plan';

const grid = (sheet: string, values: Grid['values']): Grid => ({ sheet, values, merges: [] });

const HEADER = ['№', 'Мероприятие', 'Сроки', 'Ответственные'];
const plan = (sheet: string, items: number, header = HEADER): Grid =>
  grid(sheet, [
    header,
    ...Array.from({ length: items }, (_, i) => [
      i + 1,
      `Мероприятие номер ${i + 1} по плану`,
      'до 20.05.2025',
      'Иванов И.И.',
    ]),
  ]);

test('the 41-sheet book: «План» with a header and status columns beats 200 rows of number, text and date', () => {
  const grids = book41Grids();
  expect(grids).toHaveLength(41);
  // The big sheet does read as a plan, and a longer one: a choice by rows would take it.
  const big = readPlan(grids.find((g) => g.sheet === BIG_SHEET) ?? grid('', []));
  const planRead = readPlan(grids.find((g) => g.sheet === PLAN_SHEET) ?? grid('', []));
  expect(big.ok && planRead.ok && big.plan.items.length > planRead.plan.items.length).toBe(true);
  if (planRead.ok) expect(plausibility(planRead.plan)).toBe(2);

  const choice = choosePlanSheet({ grids, by: 'option' });
  expect(choice).toMatchObject({ ok: true, sheet: PLAN_SHEET, note: null });
});

test('a named sheet wins, exact name first, then ignoring case; a missing one names what there is', () => {
  const grids = [plan('План', 3), plan('план ', 5), plan('Копия', 4)];
  expect(choosePlanSheet({ grids, explicit: 'Копия', by: 'option' })).toMatchObject({ ok: true, sheet: 'Копия' });
  expect(choosePlanSheet({ grids, explicit: 'копия', by: 'option' })).toMatchObject({ ok: true, sheet: 'Копия' });
  expect(choosePlanSheet({ grids, explicit: 'Нет', by: 'option' })).toEqual({
    ok: false,
    code: 'no-such-sheet',
    message: ru.planSheet.noSuchSheet('Нет', ['План', 'план ', 'Копия']),
  });
});

test('the remembered sheet wins over a more plausible one; else the sheet of the last check', () => {
  const grids = [plan('Старый', 3), plan('Новый', 30, [...HEADER, 'Статус'])];
  expect(choosePlanSheet({ grids, by: 'open' })).toMatchObject({ sheet: 'Новый' });
  expect(choosePlanSheet({ grids, remembered: 'Старый', by: 'open' })).toMatchObject({ sheet: 'Старый', note: null });
  const backup = grid(BACKUP_SHEET, [
    ['sheet', 'row', 'col', 'rowKey', 'fill', 'note'],
    ['Старый', 2, 2, 'k', '', ''],
  ]);
  expect(choosePlanSheet({ grids: [...grids, backup], by: 'option' })).toMatchObject({ sheet: 'Старый' });
  // A remembered sheet that no longer holds a plan does not count.
  expect(choosePlanSheet({ grids, remembered: 'Удалённый', by: 'open' })).toMatchObject({ sheet: 'Новый' });
});

test('two equally plausible sheets: the bigger is taken, and the note says how to choose the other', () => {
  const grids = [plan('План', 3), plan('План (2)', 5)];
  const cli = choosePlanSheet({ grids, by: 'option' });
  expect(cli).toMatchObject({
    ok: true,
    sheet: 'План (2)',
    note: ru.planSheet.ambiguous('План (2)', ['План'], 'option'),
  });
  if (cli.ok) expect(cli.note).toContain('--sheet');
  const host = choosePlanSheet({ grids, by: 'open' });
  if (host.ok) expect(host.note).toContain('откройте');
});

test('tool sheets are never the plan, even with more rows', () => {
  const summary = plan(ru.summary.sheetName, 50);
  const report = grid(ru.report.sheetName, [ru.report.columns, ...plan('x', 40).values.slice(1)]);
  const hidden = plan('_oko_collect', 60);
  const choice = choosePlanSheet({ grids: [summary, report, hidden, plan('План', 2)], by: 'option' });
  expect(choice).toMatchObject({ ok: true, sheet: 'План', note: null });
});

test('a book of tool sheets only has no plan, however many rows they hold', () => {
  const journal = plan(ru.checklists.sheets.journal, 30);
  const report = grid(ru.report.sheetName, [ru.report.columns, ...plan('x', 40).values.slice(1)]);
  expect(choosePlanSheet({ grids: [journal, report], by: 'option' })).toEqual({
    ok: false,
    code: 'no-plan',
    message: ru.planSheet.onlyToolSheets([ru.checklists.sheets.journal, ru.report.sheetName], 'option'),
  });
  // Named, a tool sheet is still read: the user said so.
  expect(choosePlanSheet({ grids: [journal], explicit: ru.checklists.sheets.journal, by: 'option' })).toMatchObject({
    ok: true,
  });
});

test('no plan anywhere: one sheet gives its own reason, several are listed; empty books say so', () => {
  const prose = grid('Записка', [['Пояснительная записка к плану']]);
  expect(choosePlanSheet({ grids: [prose], by: 'option' })).toMatchObject({
    ok: false,
    code: 'no-plan',
    message: ru.problems.noPlan('Записка'),
  });
  const two = choosePlanSheet({ grids: [prose, grid('Ещё', [['текст']])], by: 'open' });
  expect(two).toEqual({ ok: false, code: 'no-plan', message: ru.planSheet.noPlan(['Записка', 'Ещё'], 'open') });
  expect(choosePlanSheet({ grids: [], by: 'option' })).toMatchObject({ code: 'no-sheets' });
  expect(choosePlanSheet({ grids: [grid('Пусто', [])], by: 'option' })).toMatchObject({ code: 'all-empty' });
});
