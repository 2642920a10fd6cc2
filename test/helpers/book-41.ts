/**
 * The book of issue 11: the plan on «План» (a header row and the tool's status columns) among 40
 * other sheets, one of which holds 200 rows of number, text and date; the others are notes, small
 * tables and empty sheets. Every command and both hosts' flows must take «План».
 */
import type { CellValue, Grid } from '../../core/grid/grid';

export type BookCell = string | number | Date | null;
export interface BookSheet {
  readonly name: string;
  readonly rows: readonly (readonly BookCell[])[];
}

export const PLAN_SHEET = 'План';
export const BIG_SHEET = 'Выгрузка';

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

const PLAN_ROWS: BookCell[][] = [
  ['План мероприятий по обеспечению объективности процедур оценки качества образования на 2024-2025 учебный год'],
  [],
  ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственные', 'Статус', 'Контрольный срок', 'Отметка о выполнении', 'Контроль'],
  ...[
    'Приказ о назначении ответственных за проведение ВПР',
    'Инструктаж организаторов и технических специалистов',
    'Обеспечение присутствия общественных наблюдателей',
    'Видеонаблюдение в аудиториях проведения ВПР',
    'Перепроверка работ ВПР муниципальной комиссией',
    'Анализ результатов ВПР по школам',
    'Совещание с руководителями ОО по итогам ВПР',
    'Мониторинг объективности результатов ОГЭ',
    'Методические семинары для учителей-предметников',
    'Отчёт о выполнении плана мероприятий',
  ].map((activity, i) => [
    i + 1,
    activity,
    `До ${10 + i}.0${(i % 8) + 1}.2025`,
    i % 2 ? 'Иванова А.П., методист' : 'Петров С.С., специалист управления образования',
    i < 3 ? 'Выполнено' : 'В работе',
    null,
    null,
    null,
  ]),
];

const BIG_ROWS: BookCell[][] = Array.from({ length: 200 }, (_, i) => [
  i + 1,
  `Запись ${i + 1}: поступление документов от образовательной организации`,
  day(2025, (i % 12) + 1, (i % 27) + 1),
]);

function otherSheet(k: number): BookSheet {
  const name = `Лист${k}`;
  if (k % 3 === 0) return { name, rows: [] };
  if (k % 3 === 1) return { name, rows: [[`Заметки ${k}`], ['Список телефонов и адресов школ']] };
  return {
    name,
    rows: [['Школа', 'Учеников'], ...Array.from({ length: 5 }, (_, i) => [`СОШ №${i + 1}`, 100 + i * k])],
  };
}

/** The 41 sheets in tab order: the big sheet first, the plan somewhere in the middle. */
export function book41(): BookSheet[] {
  const others = Array.from({ length: 39 }, (_, i) => otherSheet(i + 1));
  return [
    { name: BIG_SHEET, rows: BIG_ROWS },
    ...others.slice(0, 20),
    { name: PLAN_SHEET, rows: PLAN_ROWS },
    ...others.slice(20),
  ];
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The same book as core's grids (what a host's readGrid gives). */
export function book41Grids(): Grid[] {
  return book41().map((s) => ({
    sheet: s.name,
    values: s.rows.map((r) => r.map((v): CellValue => (v instanceof Date ? { date: iso(v) } : v))),
    merges: [],
  }));
}
