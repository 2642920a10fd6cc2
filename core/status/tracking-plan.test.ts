import type { CellValue, Grid } from '../grid/grid';
import type { Change } from '../changes/change-set';
import { checkGrid } from '../check/check';
import { planTracking, type TrackingOutcome } from './tracking-plan';

const PLAN: CellValue[][] = [
  ['План мероприятий на 2024-2025 учебный год'],
  ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Отметка о выполнении'],
  ['1. Организация'],
  ['1.1', 'Приказ о проведении ВПР', 'март', 'Управление образования', ''],
  ['1.2', 'Наблюдатели на ВПР', 'апрель – май', 'ИМЦ', 'Приказ № 5'],
  ['1.3', 'Анализ результатов', 'По итогам оценочных процедур', 'ИМЦ', ''],
];

function apply(values: CellValue[][], changes: readonly Change[]): CellValue[][] {
  const out = values.map((r) => [...r]);
  for (const c of changes) {
    if (c.kind !== 'values') continue;
    c.values.forEach((line, i) =>
      line.forEach((v, j) => {
        const row = (out[c.row - 1 + i] ??= []);
        row[c.col - 1 + j] = v;
      }),
    );
  }
  return out;
}

function track(
  values: CellValue[][],
  enable: boolean,
  today = '2025-03-20',
): { outcome: TrackingOutcome; values: CellValue[][] } {
  const grid: Grid = { sheet: 'План', values, merges: [] };
  const checked = checkGrid(grid);
  if (!checked.ok) throw new Error(checked.problem.message);
  const outcome = planTracking(checked.plan, grid, today, { enable });
  return { outcome, values: outcome.ok ? apply(values, outcome.changes) : values };
}

test('enabling adds the missing columns once, reusing «Отметка о выполнении»', () => {
  const first = track(PLAN, true);
  expect(first.outcome.ok && first.outcome.added).toEqual(['status', 'control-date', 'control']);
  expect(first.values[1]).toEqual([
    '№',
    'Мероприятие',
    'Сроки',
    'Ответственные',
    'Отметка о выполнении',
    'Статус',
    'Контрольный срок',
    'Контроль',
  ]);
  expect(first.values[3]?.slice(5)).toEqual(['Не начато', { date: '2025-03-31' }, 'Срок через 11 дн.']);
  expect(first.values[5]?.slice(5)).toEqual(['Не начато', undefined, 'Без срока']);
  expect(first.values[2]?.slice(5).filter((v) => v !== null && v !== undefined)).toEqual([]);

  const second = track(first.values, true);
  expect(second.outcome.ok && second.outcome.added).toEqual([]);
  expect(second.values).toEqual(first.values);
});

test('«Обновить» keeps what the official typed and recomputes «Контроль»', () => {
  const enabled = track(PLAN, true).values;
  const row4 = enabled[3] ?? [];
  row4[5] = 'Выполнено';
  const row5 = enabled[4] ?? [];
  row5[6] = { date: '2025-06-15' };
  row5[5] = 'Перенесено';
  const refreshed = track(enabled, false, '2025-06-01');
  expect(refreshed.values[3]?.slice(5)).toEqual(['Выполнено', { date: '2025-03-31' }, 'Выполнено']);
  expect(refreshed.values[4]?.slice(5)).toEqual(['Перенесено', { date: '2025-06-15' }, 'Срок через 14 дн.']);
  expect(refreshed.outcome.ok && refreshed.outcome.report.totals.status).toEqual({
    'not-started': 1,
    'in-progress': 0,
    done: 1,
    postponed: 1,
    cancelled: 0,
  });
});

test('dropdown, date format and colour rules are one range-level change each', () => {
  const { outcome } = track(PLAN, true);
  if (!outcome.ok) throw new Error(outcome.message);
  const kinds = outcome.changes.map((c) => c.kind).filter((k) => k !== 'values' && k !== 'columns');
  expect(kinds.sort()).toEqual(['conditional', 'format', 'validation']);
  expect(outcome.changes.find((c) => c.kind === 'validation')).toMatchObject({
    col: 6,
    row: 3,
    rows: 4,
    list: ['Не начато', 'В работе', 'Выполнено', 'Перенесено', 'Отменено'],
  });
  expect(outcome.changes.find((c) => c.kind === 'conditional')).toMatchObject({
    col: 8,
    rules: [{ prefix: 'Просрочено' }, { prefix: 'Срок' }],
  });
});

test('«Обновить» before enabling, and a plan without a header row, are Russian messages', () => {
  expect(track(PLAN, false).outcome).toEqual({ ok: false, message: expect.stringMatching(/Включить отслеживание/) });
  const grid: Grid = {
    sheet: 'План',
    values: [
      ['1', 'Приказ', 'март 2025', 'УО'],
      ['2', 'Анализ', 'май 2025', 'ИМЦ'],
      ['3', 'Отчёт', 'июнь 2025', 'ИМЦ'],
    ],
    merges: [],
  };
  const checked = checkGrid(grid);
  if (!checked.ok) throw new Error('no plan');
  expect(planTracking(checked.plan, grid, '2025-01-01', { enable: true })).toEqual({
    ok: false,
    message: expect.stringMatching(/строки заголовков/),
  });
});
