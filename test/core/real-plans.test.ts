/** Plans in shapes published by regions, municipalities and schools (test/fixtures/plans/expected.json). */
import { checkGrid } from '../../core/check/check';
import { toCheckJson } from '../../core/check/check-json';
import type { CellValue, Grid } from '../../core/grid/grid';
import { planExpectations, planGrid } from '../helpers/plans';

describe.each(planExpectations().map((e) => [e.file, e] as const))('plan %s', (file, expected) => {
  const outcome = checkGrid(planGrid(file));
  if (!outcome.ok) throw new Error(`${file}: ${outcome.problem.message}`);
  const { plan, issues } = outcome;
  const json = toCheckJson(plan, issues);

  test('header row, column roles and period', () => {
    expect(json.header).toEqual(expected.header);
    expect(json.period).toEqual(expected.period);
  });

  test('items, sections and year blocks', () => {
    expect(json.items.map((i) => i.row)).toEqual(expected.items);
    expect(plan.sections.map((s) => ({ row: s.row, number: s.number, title: s.title }))).toEqual(expected.sections);
    expect(plan.blocks.map((b) => ({ row: b.row, year: b.year }))).toEqual(expected.blocks);
  });

  test('deadlines', () => {
    const got = Object.fromEntries(
      Object.keys(expected.deadlines).map((row) => {
        const d = json.items.find((i) => i.row === Number(row))?.deadline;
        return [row, d ? { kind: d.kind, from: d.from, to: d.to } : null];
      }),
    );
    expect(got).toEqual(expected.deadlines);
  });

  test('the expected issues are found', () => {
    for (const want of expected.issues) {
      const found = json.issues.find((i) => i.rule === want.rule && i.row === want.row);
      expect(found).toMatchObject({ rule: want.rule, row: want.row, severity: want.severity });
      if (want.fix !== undefined) expect(found?.fix?.edits.map((e) => e.value)).toEqual([want.fix]);
    }
  });

  test('no error an experienced official would call wrong', () => {
    const errors = json.issues.filter((i) => i.severity === 'error').map((i) => ({ rule: i.rule, row: i.row }));
    expect(errors).toEqual(expected.errors);
  });

  test('nothing said on rows the plan’s own shape explains', () => {
    const silent = new Set(expected.silent);
    expect(json.issues.filter((i) => silent.has(i.row))).toEqual([]);
  });

  test('at most one note for the whole plan about absent columns', () => {
    expect(json.issues.filter((i) => i.rule === 'column-absent').length).toBeLessThanOrEqual(1);
    for (const [rule, role] of [
      ['missing-deadline', 'deadline'],
      ['missing-responsible', 'responsible'],
      ['deadline-unparsed', 'deadline'],
    ] as const) {
      if (expected.header.columns[role] === undefined) expect(json.issues.filter((i) => i.rule === rule)).toEqual([]);
    }
  });
});

function grid(values: CellValue[][]): Grid {
  return { sheet: 'План', values, merges: [] };
}

describe('year blocks', () => {
  const measures = (year: number): CellValue[][] => [
    [`${year} год`],
    ['1', 'Совещание руководителей ОО по итогам ГИА', 'январь', 'Управление образования'],
    ['2', 'Общественное наблюдение при проведении ВПР', 'март – май', 'Управление образования'],
    ['3', 'Анализ результатов ВПР в разрезе ОО', 'сентябрь', 'ИМЦ'],
  ];
  const header: CellValue[] = ['№', 'Мероприятие', 'Сроки', 'Ответственные'];

  test('the same measures in another year are a new block, dated in its own year', () => {
    const outcome = checkGrid(grid([header, ...measures(2024), ...measures(2025)]));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.issues.filter((i) => i.rule === 'duplicate-block' || i.rule === 'duplicate-item')).toEqual([]);
    expect(outcome.plan.items.map((i) => i.deadline?.from)).toEqual([
      '2024-01-01',
      '2024-03-01',
      '2024-09-01',
      '2025-01-01',
      '2025-03-01',
      '2025-09-01',
    ]);
  });

  test('the same year written twice is still a repeated block', () => {
    const outcome = checkGrid(grid([header, ...measures(2024), ...measures(2024)]));
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.issues.filter((i) => i.rule === 'duplicate-block').map((i) => i.row)).toEqual([6]);
  });
});

describe('sections and items with the number in its own cell', () => {
  const header: CellValue[] = ['№', 'Мероприятие', 'Сроки', 'Ответственные'];

  test('a numbered title followed by unnumbered measures is a section', () => {
    const outcome = checkGrid(
      grid([
        header,
        ['1.', 'Обеспечение методической и организационной основ', null, null],
        [null, 'Семинар для координаторов', 'октябрь 2024', 'ИМЦ'],
        [null, 'Совещание руководителей ОО', 'ноябрь 2024', 'Управление образования'],
        ['2.', 'Контроль', null, null],
        [null, 'Выезды в ОО', 'апрель 2025', 'ИМЦ'],
      ]),
    );
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.plan.sections.map((s) => s.row)).toEqual([2, 5]);
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('items numbered anew in each section are no duplicates; a repeat inside a section still is', () => {
    const outcome = checkGrid(
      grid([
        header,
        ['1.', 'Организационные мероприятия', null, null],
        ['1', 'Приказ о проведении ВПР', 'март 2025', 'Заместитель директора'],
        ['2', 'Назначение организаторов', 'март 2025', 'Заместитель директора'],
        ['2.', 'Контроль', null, null],
        ['1', 'Присутствие общественных наблюдателей', 'апрель 2025', 'Директор'],
        ['1', 'Перепроверка работ', 'май 2025', 'Руководители ШМО'],
      ]),
    );
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const found = outcome.issues.filter((i) => i.rule.startsWith('number-')).map((i) => [i.rule, i.row]);
    expect(found).toEqual([['number-duplicate', 7]]);
  });

  test('an empty item between two items is still an item with its fields missing', () => {
    const outcome = checkGrid(
      grid([
        header,
        ['1', 'Семинар для координаторов', 'октябрь 2024', 'ИМЦ'],
        ['2', 'Совещание руководителей ОО', null, null],
        ['3', 'Выезды в ОО', 'апрель 2025', 'ИМЦ'],
      ]),
    );
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.plan.sections).toEqual([]);
    const errors = outcome.issues.filter((i) => i.severity === 'error').map((i) => [i.rule, i.row]);
    expect(errors).toEqual([
      ['missing-deadline', 3],
      ['missing-responsible', 3],
    ]);
  });
});

test('a number and a wording merged down over the rows of one measure are no repeats', () => {
  const outcome = checkGrid({
    sheet: 'План',
    values: [
      ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
      ['1', 'Проведение ВПР с участием общественных наблюдателей', 'март 2025', 'Управление образования'],
      [null, null, 'апрель 2025', 'ИМЦ'],
      ['2', 'Анализ результатов ВПР', 'май 2025', 'ИМЦ'],
      [null, 'Совещание руководителей ОО по итогам ВПР', 'июнь 2025', 'Управление образования'],
    ],
    merges: [
      { row: 2, col: 1, rows: 2, cols: 1 },
      { row: 2, col: 2, rows: 2, cols: 1 },
      { row: 4, col: 1, rows: 2, cols: 1 },
    ],
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  expect(outcome.plan.items.map((i) => [i.row, i.number, i.parentRow])).toEqual([
    [2, '1', null],
    [3, null, 2],
    [4, '2', null],
    [5, null, 4],
  ]);
  expect(outcome.issues).toEqual([]);
});

test('a two-row header with merged cells: each level its column, no header row read as an item', () => {
  const outcome = checkGrid({
    sheet: 'План',
    values: [
      ['№ п/п', 'Содержание деятельности', null, 'Сроки', 'Ответственные'],
      [null, 'Муниципальный уровень', 'Уровень ОО', null, null],
      ['1', 'Назначение координаторов', 'Назначение школьных координаторов', 'февраль 2025', 'Отдел образования'],
      ['2', 'Перепроверка работ ВПР', 'Передача работ на перепроверку', 'май 2025', 'РМК'],
    ],
    merges: [
      { row: 1, col: 1, rows: 2, cols: 1 },
      { row: 1, col: 2, rows: 1, cols: 2 },
      { row: 1, col: 4, rows: 2, cols: 1 },
      { row: 1, col: 5, rows: 2, cols: 1 },
    ],
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  expect(outcome.plan.header.columns).toEqual({ number: 1, activity: 2, school: 3, deadline: 4, responsible: 5 });
  expect(outcome.plan.items.map((i) => i.row)).toEqual([3, 4]);
  expect(outcome.issues).toEqual([]);
});

describe('period-mismatch', () => {
  const table: CellValue[][] = [
    ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
    ['1', 'Приказ о проведении ВПР', 'март 2022', 'Управление образования'],
  ];

  test('an order’s date and number are no period', () => {
    const outcome = checkGrid(
      grid([['ПРИКАЗ'], ['от 13 ноября 2015 г. N 5976'], ['План мероприятий на 2021-2022 учебный год'], ...table]),
    );
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.issues.filter((i) => i.rule === 'period-mismatch')).toEqual([]);
    expect(outcome.plan.period).toMatchObject({ from: '2021-09-01', to: '2022-08-31' });
  });

  test('a period named in the order that differs is quoted as dates', () => {
    const outcome = checkGrid(
      grid([['Утвердить план мероприятий на 2021 год'], ['План мероприятий на 2021–2022 учебный год'], ...table]),
    );
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const found = outcome.issues.filter((i) => i.rule === 'period-mismatch');
    expect(found.map((i) => [i.row, i.severity])).toEqual([[1, 'warning']]);
    expect(found[0]?.message).toContain('01.01.2021 – 31.12.2021');
    expect(found[0]?.message).toContain('01.09.2021 – 31.08.2022');
    expect(found[0]?.message).not.toMatch(/на 20/);
  });
});
