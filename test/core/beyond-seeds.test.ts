/** Plans the seeds don't show, built as grids the way hosts deliver them. */
import { checkGrid } from '../../core/check/check';
import { toCheckJson, type CheckJson } from '../../core/check/check-json';
import { isoToExcelSerial } from '../../core/grid/dates';
import type { CellValue, Grid } from '../../core/grid/grid';

function run(values: CellValue[][]): CheckJson {
  const grid: Grid = { sheet: 'План', values, merges: [] };
  const outcome = checkGrid(grid);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return toCheckJson(outcome.plan, outcome.issues);
}

test('Roman-numeral sections and the long header synonyms', () => {
  const json = run([
    ['План мероприятий на 2024-2025 учебный год'],
    [],
    ['№ п/п', 'Направление деятельности, мероприятия', 'Сроки исполнения', 'Ответственный исполнитель'],
    ['I. Организационные мероприятия'],
    ['1.', 'Издание приказа об объективности ВПР', 'сентябрь', 'Управление образования'],
    ['2.', 'Назначение муниципальных координаторов', 'октябрь', 'Управление образования'],
    ['II. Контроль'],
    ['3.', 'Выезды общественных наблюдателей в ОО', 'апрель – май', 'МКУ ИМЦ'],
  ]);
  expect(json.header).toEqual({ row: 3, columns: { number: 'A', activity: 'B', deadline: 'C', responsible: 'D' } });
  expect(json.period).toEqual({ from: '2024-09-01', to: '2025-08-31' });
  expect(json.items.map((i) => i.section)).toEqual([
    'Организационные мероприятия',
    'Организационные мероприятия',
    'Контроль',
  ]);
  expect(json.items[0]?.deadline).toMatchObject({ kind: 'range', from: '2024-09-01', to: '2024-09-30' });
  expect(json.items[2]?.deadline).toMatchObject({ kind: 'range', from: '2025-04-01', to: '2025-05-31' });
  expect(json.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

test('a schedule with no № column: every row is an item', () => {
  const json = run([
    ['Мероприятие', 'Срок', 'Ответственный'],
    ['Совещание руководителей ОО', 'до 15.09.2024', 'Управление образования'],
    ['Мониторинг сайтов ОО', 'октябрь 2024', 'ИМЦ'],
    ['Отчёт о выполнении плана', '', 'ИМЦ'],
  ]);
  expect(json.header.columns.number).toBeUndefined();
  expect(json.items).toHaveLength(3);
  expect(json.items.map((i) => i.number)).toEqual([null, null, null]);
  expect(json.issues).toContainEqual(
    expect.objectContaining({ rule: 'missing-deadline', row: 4, column: 'B', severity: 'error' }),
  );
});

test('real date cells and Excel serial numbers in the deadline column', () => {
  const json = run([
    ['№', 'Мероприятие', 'Срок', 'Ответственные'],
    ['1', 'Приказ о проведении ВПР', { date: '2025-03-01' }, 'Управление образования'],
    ['2', 'Сбор актов наблюдения', isoToExcelSerial('2025-05-20'), 'ИМЦ'],
  ]);
  expect(json.items[0]?.deadline).toMatchObject({
    kind: 'date',
    from: '2025-03-01',
    to: '2025-03-01',
    text: '01.03.2025',
  });
  expect(json.items[1]?.deadline).toMatchObject({ kind: 'date', from: '2025-05-20', to: '2025-05-20' });
  expect(json.period).toEqual({ from: '2024-09-01', to: '2025-08-31' });
});

test('extra columns such as «Отметка о выполнении» are recognised, not mistaken for the result', () => {
  const json = run([
    ['№', 'Мероприятие', 'Срок', 'Ответственные', 'Результат', 'Отметка о выполнении'],
    ['1', 'Приказ о проведении ВПР', '01.03.2025', 'Управление образования', 'Приказ', 'Приказ № 12 от 28.02.2025'],
  ]);
  expect(json.header.columns).toEqual({
    number: 'A',
    activity: 'B',
    deadline: 'C',
    responsible: 'D',
    result: 'E',
    evidence: 'F',
  });
});

test('numbers typed by Excel as numbers, numbered sub-items and a reversed range', () => {
  const json = run([
    ['№', 'Мероприятие', 'Сроки', 'Исполнитель'],
    [1, 'Подготовка к ВПР', '', ''],
    [1.1, 'Инструктаж организаторов', '30.05.2023 - 06.02.2023', 'ИМЦ'],
    [1.2, 'Проверка работ комиссией', 'апрель 2023', 'ИМЦ'],
  ]);
  expect(json.items.map((i) => i.number)).toEqual(['1.1', '1.2']);
  expect(json.items[0]?.section).toBe('Подготовка к ВПР');
  expect(json.issues).toContainEqual(expect.objectContaining({ rule: 'deadline-reversed', row: 3, severity: 'error' }));
});

test('a duplicate number and a duplicate item inside one plan', () => {
  const json = run([
    ['№', 'Мероприятие', 'Сроки', 'Исполнитель'],
    ['1', 'Мониторинг объективности результатов ВПР', 'май 2023', 'ИМЦ'],
    ['2', 'Анализ результатов ОГЭ в разрезе ОО', 'июль 2023', 'ИМЦ'],
    ['2', 'Мониторинг объективности результатов ВПР', 'май 2023', 'ИМЦ'],
  ]);
  expect(json.issues).toContainEqual(expect.objectContaining({ rule: 'number-duplicate', row: 4, severity: 'error' }));
  expect(json.issues).toContainEqual(expect.objectContaining({ rule: 'duplicate-item', row: 4 }));
});

test('an empty sheet and a sheet without a table are typed problems, not exceptions', () => {
  const empty = checkGrid({ sheet: 'Лист1', values: [[], [null, '  ']], merges: [] });
  expect(empty).toMatchObject({ ok: false, problem: { code: 'empty-sheet' } });
  const prose = checkGrid({ sheet: 'Лист1', values: [['Пояснительная записка'], ['Текст без таблицы.']], merges: [] });
  expect(prose).toMatchObject({ ok: false, problem: { code: 'no-plan' } });
  if (!prose.ok) expect(prose.problem.message).toMatch(/не найдена таблица плана/);
});

test('formulas with errors and huge cells do not break the reader', () => {
  const json = run([
    ['№', 'Мероприятие', 'Сроки', 'Исполнитель'],
    ['1', 'Сбор отчётов ОО', { error: '#REF!' }, 'ИМЦ'],
    ['2', 'x'.repeat(40000), 'май 2023', 'ИМЦ'],
  ]);
  expect(json.items).toHaveLength(2);
  expect(json.items[0]?.deadline?.kind).toBe('unparsed');
});

test('a responsible cell merged down over several measures belongs to each of them', () => {
  const grid: Grid = {
    sheet: 'План',
    values: [
      ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
      ['1', 'Приказ о проведении ВПР', 'март 2025', 'Управление образования'],
      ['2', 'Назначение общественных наблюдателей', 'апрель 2025', null],
      ['3', 'Анализ результатов ВПР', 'июнь 2025', null],
    ],
    merges: [{ row: 2, col: 4, rows: 3, cols: 1 }],
  };
  const outcome = checkGrid(grid);
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(outcome.plan.items.map((i) => i.text.responsible)).toEqual(Array(3).fill('Управление образования'));
  expect(outcome.issues.filter((i) => i.rule === 'missing-responsible')).toEqual([]);
});

test('«Выполнено» without evidence is a warning', () => {
  const json = run([
    ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Статус', 'Отметка о выполнении'],
    ['1', 'Приказ о проведении ВПР', 'март 2025', 'Управление образования', 'Выполнено', ''],
    ['2', 'Назначение наблюдателей', 'апрель 2025', 'ИМЦ', 'Выполнено', 'Приказ № 5'],
    ['3', 'Анализ результатов ВПР', 'июнь 2025', 'ИМЦ', 'В работе', ''],
  ]);
  const found = json.issues.filter((i) => i.rule === 'status-missing-evidence');
  expect(found).toEqual([expect.objectContaining({ row: 2, column: 'F', severity: 'warning' })]);
});

test('a hand-typed status outside the list and a broken control date are flagged, never dropped', () => {
  const json = run([
    ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Статус', 'Контрольный срок', 'Отметка о выполнении'],
    ['1', 'Приказ о проведении ВПР', 'март 2025', 'Управление образования', 'сделано', '31.03.2025', 'Приказ № 3'],
    ['2', 'Назначение наблюдателей', 'апрель 2025', 'ИМЦ', 'почти готово', '31.04.2025', ''],
    ['3', 'Анализ результатов ВПР', 'июнь 2025', 'ИМЦ', 'выполнено ', { date: '2025-06-30' }, 'Справка'],
  ]);
  const flagged = json.issues.filter((i) => i.rule === 'status-unknown' || i.rule === 'control-date-invalid');
  expect(flagged.map((i) => [i.rule, i.row, i.column])).toEqual([
    ['status-unknown', 3, 'E'],
    ['control-date-invalid', 3, 'F'],
  ]);
});

test('an item number Excel turned into a date («1.5» → 1 May) is read back as the number and flagged', () => {
  const json = run([
    ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
    ['1. Организация'],
    ['1.1', 'Приказ о проведении ВПР', 'март 2025', 'Управление образования'],
    [{ date: '2025-05-01' }, 'Назначение наблюдателей', 'апрель 2025', 'ИМЦ'],
    ['1.3', 'Анализ результатов ВПР', 'июнь 2025', 'ИМЦ'],
  ]);
  expect(json.items.map((i) => i.number)).toEqual(['1.1', '1.5', '1.3']);
  expect(json.issues).toContainEqual(
    expect.objectContaining({
      rule: 'number-format',
      row: 4,
      column: 'A',
      severity: 'warning',
      fix: { label: 'Исправить на «1.5»', edits: [{ cell: 'A4', value: '1.5' }] },
    }),
  );
});
