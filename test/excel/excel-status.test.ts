/**
 * «Статусы» through the Excel adapter on the fake: columns added once, the dropdown and the colour
 * rules as single range-level calls, the official's statuses kept through «Обновить», «Проверить
 * план» and an inserted row, and the hints where this Excel lacks a requirement set.
 */
import { runAsync } from '../../core/commands/flow';
import { checkFlow, clearMarksFlow } from '../../core/commands/check-flows';
import { trackingFlow } from '../../core/commands/status-flows';
import { ru } from '../../core/messages/ru';
import { officeBridge } from '../../office-addin/office-bridge';
import { bookOf, formulaCells, rig } from './excel-fixture';
import { typeInto, type FakeSheet } from './fake-book';
import type { FakeRequestContext } from './fake-excel';
import { ROW_OF, STATUS_PLAN, STATUS_TODAY } from './status-plan';

/** 1-based columns the tracking adds after «Отметка о выполнении» (E). */
const COL = { status: 6, date: 7, control: 8 } as const;
const FIRST = 4;
const LAST = 11;

const rangeCalls = (calls: ReadonlyMap<string, number>, prefix: string): number =>
  [...calls].reduce((n, [k, v]) => (k.startsWith(prefix) ? n + v : n), 0);
const plan = (): ReturnType<typeof rig> => rig(bookOf(STATUS_PLAN.map((r) => [...r])));
const cell = (sheet: FakeSheet, row: number, col: number): unknown => sheet.get(row - 1, col - 1)?.value ?? '';
const header = (sheet: FakeSheet): unknown[] => (sheet.rows[2] ?? []).map((c) => c?.value ?? '');
const values = (sheet: FakeSheet): unknown[][] => sheet.rows.map((row) => row.map((c) => c?.value ?? ''));

/** What the person sees coloured: cells whose text begins with a rule's prefix, inside its area. */
function coloured(sheet: FakeSheet): Map<number, string> {
  const out = new Map<number, string>();
  for (const cf of sheet.conditionals) {
    for (const r of cf.rects) {
      for (let row = r.r0; row < r.r0 + r.rows; row++) {
        const v = String(sheet.get(row, r.c0)?.value ?? '');
        if (cf.rule?.operator === 'BeginsWith' && cf.fill && v.startsWith(cf.rule.text) && !out.has(row + 1))
          out.set(row + 1, cf.fill);
      }
    }
  }
  return out;
}

test('enabling twice adds the columns once; dropdown, date format and colours are range-level calls', async () => {
  const { fake, host } = plan();
  const sheet = fake.book.sheet('План');
  const first = await runAsync(host, trackingFlow(STATUS_TODAY, true));
  expect(first.message).toMatch(/^Добавлены столбцы: «Статус», «Контрольный срок», «Контроль»\./);
  expect(header(sheet)).toEqual([
    '№',
    'Мероприятие',
    'Сроки',
    'Ответственные',
    'Отметка о выполнении',
    'Статус',
    'Контрольный срок',
    'Контроль',
  ]);
  expect(cell(sheet, ROW_OF['1.1'], COL.status)).toBe('Не начато');
  // A real date cell: a serial under a date format, shown as dd.mm.yyyy.
  expect(sheet.get(ROW_OF['1.1'] - 1, COL.date - 1)).toMatchObject({ value: 45717, numberFormat: 'dd.mm.yyyy' });
  expect(cell(sheet, ROW_OF['1.1'], COL.control)).toBe('Просрочено (19 дн.)');
  expect(cell(sheet, ROW_OF['2.2'], COL.control)).toBe('Без срока');
  expect([COL.status, COL.date, COL.control].map((c) => cell(sheet, 4, c))).toEqual(['', '', '']);
  const calls = new Map(fake.stats.calls);
  expect(fake.stats.count('dataValidation.rule')).toBe(1);
  expect(fake.stats.count('conditionalFormats.clearAll')).toBe(1);
  expect(fake.stats.count('conditionalFormats.add')).toBe(2);

  const after = values(sheet);
  fake.stats.reset();
  const second = await runAsync(host, trackingFlow(STATUS_TODAY, true));
  expect(second.message).not.toMatch(/Добавлены/);
  expect(values(sheet)).toEqual(after);
  expect(header(sheet)).toHaveLength(8);
  // The second time only «Контроль» is written (one values call, one format call); the rules again once each.
  expect(fake.stats.count('values')).toBe(1);
  expect(fake.stats.count('numberFormat')).toBe(1);
  for (const name of ['dataValidation.', 'conditionalFormats.', 'textComparison.'])
    expect(fake.stats.count(name)).toBe(rangeCalls(calls, name));

  // Applied twice, still one dropdown and two colour rules, each over its whole column.
  expect(sheet.validations).toHaveLength(1);
  expect(sheet.validations[0]).toMatchObject({
    rect: { r0: FIRST - 1, c0: COL.status - 1, rows: LAST - FIRST + 1, cols: 1 },
    rule: { list: { inCellDropDown: true, source: 'Не начато,В работе,Выполнено,Перенесено,Отменено' } },
    errorAlert: { showAlert: true, style: 'Warning', title: ru.excel.validationAlert.title },
  });
  expect(sheet.conditionals.map((cf) => [cf.rects, cf.type, cf.rule, cf.fill])).toEqual([
    [
      [{ r0: FIRST - 1, c0: COL.control - 1, rows: LAST - FIRST + 1, cols: 1 }],
      'ContainsText',
      { operator: 'BeginsWith', text: 'Просрочено' },
      '#F4CCCC',
    ],
    [
      [{ r0: FIRST - 1, c0: COL.control - 1, rows: LAST - FIRST + 1, cols: 1 }],
      'ContainsText',
      { operator: 'BeginsWith', text: 'Срок' },
      '#FFE599',
    ],
  ]);
  expect(coloured(sheet)).toEqual(
    new Map([
      [5, '#F4CCCC'],
      [6, '#F4CCCC'],
      [7, '#FFE599'],
      [8, '#FFE599'],
    ]),
  );
  await fake.Excel.run(async (context: FakeRequestContext) => {
    const count = context.workbook.worksheets.getItem('План').getRange('H4:H11').conditionalFormats.getCount();
    await context.sync();
    expect(count.value).toBe(2);
  });
  expect(fake.stats.unsupported).toEqual([]);
  expect(formulaCells(fake.book)).toEqual([]);
});

test('statuses and dates typed by the official survive «Обновить», «Проверить план» and «Снять отметки»', async () => {
  const { fake, host } = plan();
  const sheet = fake.book.sheet('План');
  await runAsync(host, trackingFlow(STATUS_TODAY, true));
  const typed: [number, number, string][] = [
    [ROW_OF['1.1'], COL.status, 'Выполнено'],
    [ROW_OF['1.2'], COL.status, 'В работе'],
    [ROW_OF['1.3'], COL.status, 'сделано'],
    [ROW_OF['1.4'], COL.status, 'Перенесено'],
    [ROW_OF['1.4'], COL.date, '20.04.2025'],
    [ROW_OF['1.2'], 5, 'Приказ УО № 12 от 10.03.2025'],
  ];
  for (const [row, col, text] of typed) typeInto(sheet.at(row - 1, col - 1), text);
  const mine = (): unknown[] => typed.map(([row, col]) => cell(sheet, row, col));
  const before = mine();

  const refreshed = await runAsync(host, trackingFlow('2025-03-21', false));
  expect(refreshed.ok).toBe(true);
  expect(mine()).toEqual(before);
  expect(cell(sheet, ROW_OF['1.1'], COL.control)).toBe('Выполнено');
  expect(cell(sheet, ROW_OF['1.3'], COL.control)).toBe('Выполнено');
  expect(cell(sheet, ROW_OF['1.2'], COL.control)).toBe('Просрочено (6 дн.)');
  expect(cell(sheet, ROW_OF['1.4'], COL.control)).toBe('В срок');

  const report = await runAsync(host, checkFlow());
  expect(mine()).toEqual(before);
  const evidence = report.issues.filter((i) => i.rule === 'status-missing-evidence').map((i) => i.row);
  expect(evidence).toEqual([ROW_OF['1.1'], ROW_OF['1.3']]);
  await runAsync(host, clearMarksFlow());
  expect(mine()).toEqual(before);
  expect(sheet.validations).toHaveLength(1);
  expect(sheet.conditionals).toHaveLength(2);
});

test('a row inserted into the plan: every status stays on its measure, the rules widen, nothing doubles', async () => {
  const { fake, host } = plan();
  const sheet = fake.book.sheet('План');
  await runAsync(host, trackingFlow(STATUS_TODAY, true));
  const statuses: Record<string, string> = {
    '1.1': 'Выполнено',
    '1.2': 'В работе',
    '1.3': 'Отменено',
    '1.4': 'Перенесено',
    '2.1': 'В работе',
  };
  for (const [num, text] of Object.entries(statuses))
    typeInto(sheet.at(ROW_OF[num as keyof typeof ROW_OF] - 1, COL.status - 1), text);

  // A person inserts a row under 1.2 and types a new measure there.
  await fake.Excel.run(async (context: FakeRequestContext) => {
    const ws = context.workbook.worksheets.getItem('План');
    ws.getRange('7:7').insert('Down');
    ws.getRange('A7:D7').values = [["'1.2.1", 'Подготовка памяток для наблюдателей', "'до 18.03.2025", 'ИМЦ']];
    await context.sync();
  });
  expect(sheet.validations[0]?.rect.rows).toBe(LAST - FIRST + 2);

  const byNumber = (): Record<string, unknown> =>
    Object.fromEntries(
      sheet.rows.flatMap((row) =>
        row[0] && /^\d\.\d/.test(String(row[0].value))
          ? [[String(row[0].value), row[COL.status - 1]?.value ?? '']]
          : [],
      ),
    );
  await runAsync(host, trackingFlow(STATUS_TODAY, false));
  expect(byNumber()).toEqual({ ...statuses, '1.2.1': '', '2.2': 'Не начато' });
  expect(cell(sheet, 7, COL.control)).toBe('Просрочено (2 дн.)');
  expect(cell(sheet, 7, COL.date)).toBe(45734);

  await runAsync(host, trackingFlow(STATUS_TODAY, true));
  expect(byNumber()).toEqual({ ...statuses, '1.2.1': 'Не начато', '2.2': 'Не начато' });
  expect(header(sheet)).toHaveLength(8);
  expect(sheet.validations.map((v) => v.rect)).toEqual([
    { r0: FIRST - 1, c0: COL.status - 1, rows: LAST - FIRST + 2, cols: 1 },
  ]);
  expect(sheet.conditionals).toHaveLength(2);
  expect(sheet.conditionals.every((cf) => cf.rects.length === 1 && cf.rects[0]?.rows === LAST - FIRST + 2)).toBe(true);
});

test.each([
  [7, [ru.excel.validationUnsupported]],
  [5, [ru.excel.validationUnsupported, ru.excel.colorRulesUnsupported]],
  [1, [ru.excel.validationUnsupported, ru.excel.colorRulesUnsupported]],
])('ExcelApi 1.%i: tracking still works, the missing rules are skipped and named in Russian', async (minor, hints) => {
  const { fake, host } = rig(bookOf(STATUS_PLAN.map((r) => [...r])), minor);
  const result = await officeBridge(host, () => STATUS_TODAY).enableTracking();
  expect(result.ok).toBe(true);
  for (const hint of hints) expect(result.message).toContain(hint);
  const sheet = fake.book.sheet('План');
  expect(cell(sheet, ROW_OF['1.1'], COL.control)).toBe('Просрочено (19 дн.)');
  expect(sheet.validations).toEqual([]);
  if (minor < 6) expect(sheet.conditionals).toEqual([]);
  else expect(sheet.conditionals).toHaveLength(2);
  // No API of a newer requirement set was even queued.
  expect(fake.stats.unsupported).toEqual([]);
  expect(fake.stats.syncs.filter((s) => s.failed)).toEqual([]);
});

test('the bridge: «Мои сроки» read nothing into the sheet; enable and refresh answer with the report', async () => {
  const { fake, host } = plan();
  const bridge = officeBridge(host, () => STATUS_TODAY);
  const sheet = fake.book.sheet('План');
  const before = values(sheet);
  const read = await bridge.statuses();
  expect(values(sheet)).toEqual(before);
  expect(read.report?.columns).toEqual({ status: null, activity: 2 });
  expect(read.report?.totals.control).toMatchObject({ overdue: 2, 'due-soon': 2, 'on-time': 1, 'no-date': 1 });

  const refused = await bridge.refreshTracking();
  expect(refused).toMatchObject({ ok: false, message: ru.status.notEnabled });
  const enabled = await bridge.enableTracking();
  expect(enabled.report?.columns).toEqual({ status: COL.status, activity: 2 });
  expect(enabled.message).not.toContain(ru.excel.validationUnsupported);
  const refreshed = await bridge.refreshTracking();
  expect(refreshed.ok).toBe(true);
  expect(refreshed.report?.today).toBe(STATUS_TODAY);
});

test('runs down one column go as one write: the rows between them keep what the person typed', async () => {
  const { fake, host } = rig(bookOf([['a'], ['b'], ['c'], ['d'], ['e'], ['f']]));
  const sheet = fake.book.sheet('План');
  typeInto(sheet.at(2, 1), 'своё');
  await host.apply([
    { kind: 'values', sheet: 'План', row: 1, col: 2, values: [['x'], [{ date: '2025-03-01' }]] },
    { kind: 'values', sheet: 'План', row: 4, col: 2, values: [[null], ['y']] },
  ]);
  expect(fake.stats.count('values')).toBe(1);
  expect(fake.stats.count('numberFormat')).toBe(1);
  expect(sheet.rows.map((r) => r[1]?.value ?? '')).toEqual(['x', 45717, 'своё', '', 'y', '']);
  expect(sheet.get(1, 1)?.numberFormat).toBe('dd.mm.yyyy');
  expect(sheet.get(2, 1)?.numberFormat).toBe('General');
});
