/**
 * «Статусы» on Google Sheets, end to end through the built Code.js: columns added once, the
 * dropdown, date format and colour rules as single range-level calls, statuses the official typed
 * kept through «Обновить», «Проверить план» and inserted rows.
 */
import type { CellValue, Grid } from '../../core/grid/grid';
import { gasBridge } from '../../gas/sidebar/gas-bridge';
import { isDate } from './fake-cells';
import { conditionalFill, FakeConditionalRuleBuilder } from './fake-rules';
import { installScriptRun } from './fake-script-run';
import type { FakeSheet } from './fake-sheet';
import { formatDate } from './fake-time';
import { buildGas, planGas, setClock, type Built, type Gas } from './gas-harness';

const PLAN: CellValue[][] = [
  ['План мероприятий по обеспечению объективности на 2024-2025 учебный год'],
  ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Отметка о выполнении'],
  ['1. Организация'],
  ['1.1', 'Приказ о проведении ВПР', 'март 2025', 'Управление образования', ''],
  ['1.2', 'Наблюдатели на ВПР', 'апрель – май 2025', 'ИМЦ', 'Приказ № 5'],
  ['1.3', 'Анализ результатов', 'По итогам оценочных процедур', 'ИМЦ', ''],
  ['2. Контроль'],
  ['2.1', 'Перепроверка работ ВПР', 'до 15 мая 2025', 'ИМЦ, Управление образования', ''],
  ['2.2', 'Отчёт об итогах года', 'июнь 2025', 'Руководители ОО', ''],
];
const GRID: Grid = { sheet: 'План', values: PLAN, merges: [] };
const HEADER = [
  '№',
  'Мероприятие',
  'Сроки',
  'Ответственные',
  'Отметка о выполнении',
  'Статус',
  'Контрольный срок',
  'Контроль',
];
const TOOL_FILLS = ['#f4cccc', '#ffe599'];

let built: Built;
beforeAll(() => {
  built = buildGas();
});

function plan(today = '2025-05-05'): { gas: Gas; sheet: FakeSheet } {
  const gas = planGas(built, GRID);
  setClock(gas, today);
  return { gas, sheet: gas.fake.book.sheet('План') };
}

const row = (sheet: FakeSheet, r: number): unknown[] => sheet.getRange(r, 1, 1, 8).getValues()[0] ?? [];
const column = (sheet: FakeSheet, col: number, from = 4, to = 9): unknown[] =>
  sheet
    .getRange(from, col, to - from + 1, 1)
    .getValues()
    .map((line) => line[0]);
const shown = (v: unknown, sheet: FakeSheet): unknown =>
  isDate(v) ? formatDate(v, sheet.book.timeZone(), 'yyyy-MM-dd') : v;
const toolRules = (sheet: FakeSheet) =>
  sheet.conditionalRules.filter((r) => TOOL_FILLS.includes(r.condition.background ?? ''));

function counts(gas: Gas): Record<string, number> {
  const names = ['setDataValidation', 'setNumberFormat', 'getConditionalFormatRules', 'setConditionalFormatRules'];
  return Object.fromEntries(names.map((n) => [n, gas.fake.log.count(n, 'План')]));
}

test('enabling twice adds the columns once; dropdown, date format and colour rules are one call each', () => {
  const { gas, sheet } = plan();
  const own = new FakeConditionalRuleBuilder()
    .whenNumberGreaterThan(5)
    .setBackground('#00ff00')
    .setRanges([sheet.getRange('A4:A9')])
    .build();
  sheet.setConditionalFormatRules([own]);
  gas.fake.log.reset();

  gas.run('menuEnableTracking');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(gas.fake.book.toasts.at(-1)?.message).toBe(
    'Добавлены столбцы: «Статус», «Контрольный срок», «Контроль». Мероприятий: 5. Просрочено: 1. Срок в ближайшие 14 дней: 1.',
  );
  expect(row(sheet, 2)).toEqual(HEADER);
  expect(counts(gas)).toEqual({
    setDataValidation: 1,
    setNumberFormat: 1,
    getConditionalFormatRules: 1,
    setConditionalFormatRules: 1,
  });
  expect(column(sheet, 6)).toEqual(['Не начато', 'Не начато', 'Не начато', '', 'Не начато', 'Не начато']);
  const dates = column(sheet, 7);
  expect(dates.filter(isDate)).toHaveLength(4);
  expect(dates.map((d) => shown(d, sheet))).toEqual(['2025-03-31', '2025-05-31', '', '', '2025-05-15', '2025-06-30']);
  expect(column(sheet, 8)).toEqual(['Просрочено (35 дн.)', 'В срок', 'Без срока', '', 'Срок через 10 дн.', 'В срок']);

  const validation = sheet.peek(4, 6)?.validation;
  expect(validation?.getCriteriaValues()).toEqual([
    ['Не начато', 'В работе', 'Выполнено', 'Перенесено', 'Отменено'],
    true,
  ]);
  expect(validation?.getAllowInvalid()).toBe(true);
  expect(gas.fake.log.calls.find((c) => c.method === 'setDataValidation')).toMatchObject({ rows: 7, cols: 1 });
  expect(sheet.getRange('G3:G9').getNumberFormats().flat()).toEqual(new Array(7).fill('dd.mm.yyyy'));
  expect(conditionalFill(sheet, 4, 8)).toBe('#f4cccc');
  expect(conditionalFill(sheet, 8, 8)).toBe('#ffe599');
  expect(conditionalFill(sheet, 5, 8)).toBeNull();
  expect(sheet.conditionalRules[0]).toBe(own);
  expect(toolRules(sheet).map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([['H3:H9'], ['H3:H9']]);

  const before = sheet.getDataRange().getValues();
  gas.fake.log.reset();
  gas.run('menuEnableTracking');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(gas.fake.book.toasts.at(-1)?.message).toBe('Мероприятий: 5. Просрочено: 1. Срок в ближайшие 14 дней: 1.');
  expect(row(sheet, 2)).toEqual(HEADER);
  expect(sheet.getDataRange().getValues()).toEqual(before);
  // Only «Контроль» is rewritten; the rules replace the tool's own and keep the official's.
  expect(gas.fake.log.count('setValues', 'План')).toBe(1);
  expect(counts(gas)).toEqual({
    setDataValidation: 1,
    setNumberFormat: 1,
    getConditionalFormatRules: 1,
    setConditionalFormatRules: 1,
  });
  expect(sheet.conditionalRules).toHaveLength(3);
  expect(sheet.conditionalRules[0]).toBe(own);
});

test('statuses the official typed survive «Обновить» and «Проверить план»; «Контроль» is recomputed', () => {
  const { gas, sheet } = plan();
  gas.run('menuEnableTracking');
  sheet.getRange('F4:F5').setValues([['Выполнено'], ['сделано']]);
  sheet.getRange('F8').setValue('В работе');
  sheet.getRange('E4').setValue('https://edu.example.ru/prikaz-12');
  setClock(gas, '2025-06-10');
  gas.run('menuRefreshTracking');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(column(sheet, 6)).toEqual(['Выполнено', 'сделано', 'Не начато', '', 'В работе', 'Не начато']);
  expect(column(sheet, 8)).toEqual(['Выполнено', 'Выполнено', 'Без срока', '', 'Просрочено (26 дн.)', 'В срок']);

  gas.run('menuCheckPlan');
  expect(column(sheet, 6)).toEqual(['Выполнено', 'сделано', 'Не начато', '', 'В работе', 'Не начато']);
  expect(sheet.getRange('E4').getValue()).toBe('https://edu.example.ru/prikaz-12');
  gas.run('menuRefreshTracking');
  expect(column(sheet, 6)).toEqual(['Выполнено', 'сделано', 'Не начато', '', 'В работе', 'Не начато']);
});

test('a row inserted into the plan: every status stays on its own measure, the rules follow', () => {
  const { gas, sheet } = plan();
  gas.run('menuEnableTracking');
  sheet.getRange('F5').setValue('В работе');
  sheet.getRange('F8').setValue('Выполнено');
  sheet.getRange('F9').setValue('Отменено');
  const statusOf = (): Record<string, unknown> =>
    Object.fromEntries(
      sheet
        .getRange(4, 1, sheet.getLastRow() - 3, 6)
        .getValues()
        .filter((l) => l[1])
        .map((l) => [l[1], l[5]]),
    );
  const before = statusOf();

  sheet.insertRowBefore(7);
  sheet.getRange('A7:D7').setValues([['1.4', 'Совещание с руководителями ОО', 'до 31 мая 2025', 'ИМЦ']]);
  gas.fake.log.reset();
  gas.run('menuRefreshTracking');
  expect(gas.fake.ui.alerts).toEqual([]);
  expect(statusOf()).toEqual({ ...before, 'Совещание с руководителями ОО': '' });
  expect(shown(sheet.getRange('G7').getValue(), sheet)).toBe('2025-05-31');
  expect(column(sheet, 8, 4, 10)).toEqual([
    'Просрочено (35 дн.)',
    'В срок',
    'Без срока',
    'В срок',
    '',
    'Выполнено',
    'Отменено',
  ]);
  expect(toolRules(sheet).map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([['H3:H10'], ['H3:H10']]);
  expect(sheet.peek(7, 6)?.validation).not.toBeNull();

  gas.run('menuEnableTracking');
  expect(statusOf()).toEqual({ ...before, 'Совещание с руководителями ОО': 'Не начато' });
  expect(toolRules(sheet)).toHaveLength(2);

  // A measure added below the plan's end lies outside the old rules: they are still replaced.
  sheet.getRange('A11:D11').setValues([['2.3', 'Итоговое совещание', 'до 20 июня 2025', 'ИМЦ']]);
  gas.run('menuEnableTracking');
  expect(toolRules(sheet).map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([['H3:H11'], ['H3:H11']]);
  expect(row(sheet, 11).slice(5)).toEqual(['Не начато', expect.any(Date), 'В срок']);
});

test('«Перенесено» without a new date asks for one in Russian; a later date ends the request', () => {
  const { gas, sheet } = plan();
  gas.run('menuEnableTracking');
  sheet.getRange('F8').setValue('Перенесено');
  gas.run('menuRefreshTracking');
  expect(gas.fake.ui.alerts).toHaveLength(1);
  expect(gas.fake.ui.alerts[0]?.message).toMatch(
    /^Мероприятия со статусом «Перенесено» ждут новой даты: строка 8 \(п\. 2\.1\)\. Впишите новую дату в столбец «Контрольный срок»/,
  );
  sheet.getRange('G8').setValue('20.06.2025');
  gas.run('menuRefreshTracking');
  expect(gas.fake.ui.alerts).toHaveLength(1);
  expect(column(sheet, 8)[4]).toBe('В срок');
});

test('«Обновить» before enabling, and on the tool’s own sheet, ends in one Russian alert and no write', () => {
  const { gas } = plan();
  gas.fake.log.reset();
  gas.run('menuRefreshTracking');
  expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
    'Отслеживание ещё не включено: выберите «Статусы → Включить отслеживание».',
  ]);
  gas.run('menuCheckPlan');
  gas.fake.book.sheet('Замечания').activate();
  gas.fake.log.reset();
  gas.run('menuEnableTracking');
  expect(gas.fake.ui.alerts.at(-1)?.message).toMatch(/^Лист «Замечания» ведёт сам ОКО-план/);
  expect(gas.fake.log.calls.filter((c) => /^set|^insert/.test(c.method))).toEqual([]);
});

test('the panel: statuses, enable and refresh cross google.script.run as plain JSON', async () => {
  const { gas, sheet } = plan();
  const calls = installScriptRun(gas);
  const enabled = await gasBridge.enableTracking();
  expect(enabled).toMatchObject({ ok: true, sheet: 'План' });
  expect(enabled.report?.rows.map((r) => r.controlDate)).toEqual([
    '2025-03-31',
    '2025-05-31',
    null,
    '2025-05-15',
    '2025-06-30',
  ]);
  sheet.getRange('F8').setValue('Перенесено');
  const refreshed = await gasBridge.refreshTracking();
  expect(refreshed.message).toMatch(/Просрочено: 1\. .*«Перенесено» ждут новой даты: строка 8/);
  const statuses = await gasBridge.statuses();
  expect(statuses.report?.today).toBe('2025-05-05');
  expect(statuses.report?.totals.status).toEqual({
    'not-started': 4,
    'in-progress': 0,
    done: 0,
    postponed: 1,
    cancelled: 0,
  });
  expect(calls).toEqual(['panelEnableTracking', 'panelRefreshTracking', 'panelStatuses']);
});
