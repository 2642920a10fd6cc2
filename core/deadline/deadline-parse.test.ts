import { NO_CONTEXT, type DeadlineContext, type DeadlineKind, type Repeat } from './deadline';
import { parseDeadline } from './deadline-parse';

const ACADEMIC: DeadlineContext = { academicYear: 2021, period: { from: '2021-09-01', to: '2022-08-31' } };
const CALENDAR: DeadlineContext = { academicYear: null, period: { from: '2021-01-01', to: '2024-12-31' } };
// A period alone, starting in September: the academic year is derived from it.
const PERIOD_ONLY: DeadlineContext = { academicYear: null, period: { from: '2020-09-01', to: '2021-08-31' } };

type Row = readonly [input: string, kind: DeadlineKind, from: string | null, to: string | null, repeat?: Repeat];

const NBSP = '\u00a0';
const PLAN = ['2021-09-01', '2022-08-31'] as const;
const yearly = (months: number[], day: number | null = null): Repeat => ({ every: 'year', months, day });
const monthly = (day: number | null, months: number[] = []): Repeat => ({ every: 'month', months, day });

const ACADEMIC_ROWS: readonly Row[] = [
  // Due dates («до …», «не позднее …»).
  ['До 21 июня 2021', 'date', null, '2021-06-21'],
  ['до 21.06.2021', 'date', null, '2021-06-21'],
  ['До 17.02.2023 (до 11:00 мск)', 'date', null, '2023-02-17'],
  ['До 17.02.2023 г. (до 11:00 мск)', 'date', null, '2023-02-17'],
  ['не позднее 01.09.2021', 'date', null, '2021-09-01'],
  ['Не позднее 5 сентября 2021 года', 'date', null, '2021-09-05'],
  ['до 01.09', 'date', null, '2021-09-01'],
  ['к 1 сентября', 'date', null, '2021-09-01'],
  ['до 21 июня', 'date', null, '2022-06-21'],
  ['до конца мая', 'date', null, '2022-05-31'],
  ['до конца мая 2022', 'date', null, '2022-05-31'],
  ['до  конца  мая  2022 г.', 'date', null, '2022-05-31'],
  ['до мая', 'date', null, '2022-05-01'],
  ['до конца учебного года', 'date', null, '2022-08-31'],
  [`до${NBSP}31.12.2021`, 'date', null, '2021-12-31'],
  // Single days.
  ['21.06.2021', 'date', '2021-06-21', '2021-06-21'],
  ['21.06.21', 'date', '2021-06-21', '2021-06-21'],
  ['21 июня 2021 г.', 'date', '2021-06-21', '2021-06-21'],
  [' 21 июня 2021 г.,', 'date', '2021-06-21', '2021-06-21'],
  ['21/06/2021', 'date', '2021-06-21', '2021-06-21'],
  ['2021-06-21', 'date', '2021-06-21', '2021-06-21'],
  ['44368', 'date', '2021-06-21', '2021-06-21'],
  ['25 мая', 'date', '2022-05-25', '2022-05-25'],
  // Ranges of days.
  ['с 20.04.2023', 'range', '2023-04-20', null],
  ['С 01.09.2021', 'range', '2021-09-01', '2022-08-31'],
  ['06.02.2023 - 30.05.2023', 'range', '2023-02-06', '2023-05-30'],
  ['06.02.2023 — 30.05.2023', 'range', '2023-02-06', '2023-05-30'],
  ['06.02.2023–30.05.2023', 'range', '2023-02-06', '2023-05-30'],
  ['с 06.02.2023 по 30.05.2023', 'range', '2023-02-06', '2023-05-30'],
  ['с 01.09.2021 г. по 31.05.2022 г.', 'range', '2021-09-01', '2022-05-31'],
  ['06.02-30.05.2023', 'range', '2023-02-06', '2023-05-30'],
  ['30.11-15.02.2022', 'range', '2021-11-30', '2022-02-15'],
  ['в период с 01.02.2022 по 01.03.2022', 'range', '2022-02-01', '2022-03-01'],
  ['1-15 сентября 2021', 'range', '2021-09-01', '2021-09-15'],
  ['с 1 по 15 сентября', 'range', '2021-09-01', '2021-09-15'],
  ['21-30.06.2021', 'range', '2021-06-21', '2021-06-30'],
  // Month ranges.
  ['Апрель – май 2022', 'range', '2022-04-01', '2022-05-31'],
  ['Август-сентябрь 2021', 'range', '2021-08-01', '2021-09-30'],
  ['Ноябрь - декабрь 2021', 'range', '2021-11-01', '2021-12-31'],
  ['Февраль-июль 2021', 'range', '2021-02-01', '2021-07-31'],
  ['Сентябрь-октябрь 2021 г.', 'range', '2021-09-01', '2021-10-31'],
  ['Ноябрь-февраль 2022', 'range', '2021-11-01', '2022-02-28'],
  ['Июнь – август 2021 года', 'range', '2021-06-01', '2021-08-31'],
  ['апрель—май 2022 года', 'range', '2022-04-01', '2022-05-31'],
  [`МАЙ${NBSP}-${NBSP}ИЮНЬ 2022 г`, 'range', '2022-05-01', '2022-06-30'],
  ['декабрь 2021 - январь 2022', 'range', '2021-12-01', '2022-01-31'],
  ['дек. 2021 – февр. 2022', 'range', '2021-12-01', '2022-02-28'],
  ['сентябрь - май', 'range', '2021-09-01', '2022-05-31'],
  ['Октябрь-ноябрь', 'range', '2021-10-01', '2021-11-30'],
  ['с сентября по декабрь', 'range', '2021-09-01', '2021-12-31'],
  ['Июнь, август', 'range', '2022-06-01', '2022-08-31'],
  ['май, сентябрь 2022', 'range', '2022-05-01', '2022-09-30'],
  // Single months.
  ['Октябрь 2020', 'range', '2020-10-01', '2020-10-31'],
  ['сентябрь 2021', 'range', '2021-09-01', '2021-09-30'],
  ['сент. 2021', 'range', '2021-09-01', '2021-09-30'],
  ['**Сентябрь 2021**', 'range', '2021-09-01', '2021-09-30'],
  ['«октябрь 2021»', 'range', '2021-10-01', '2021-10-31'],
  ['(май 2022)', 'range', '2022-05-01', '2022-05-31'],
  ['Сентябрь 2021 (по графику)', 'range', '2021-09-01', '2021-09-30'],
  ['март', 'range', '2022-03-01', '2022-03-31'],
  ['Февраль', 'range', '2022-02-01', '2022-02-28'],
  ['август', 'range', '2022-08-01', '2022-08-31'],
  ['апрель', 'range', '2022-04-01', '2022-04-30'],
  ['октябрь', 'range', '2021-10-01', '2021-10-31'],
  ['в марте', 'range', '2022-03-01', '2022-03-31'],
  ['апреля', 'range', '2022-04-01', '2022-04-30'],
  ['в течение сентября', 'range', '2021-09-01', '2021-09-30'],
  ['в конце мая', 'range', '2022-05-01', '2022-05-31'],
  ['ДЕКАБРЬ.', 'range', '2021-12-01', '2021-12-31'],
  // Quarters, halves, school terms.
  ['IV квартал 2022', 'range', '2022-10-01', '2022-12-31'],
  ['I квартал', 'range', '2022-01-01', '2022-03-31'],
  ['IV квартал', 'range', '2021-10-01', '2021-12-31'],
  ['1 квартал 2023', 'range', '2023-01-01', '2023-03-31'],
  ['2 кв. 2022', 'range', '2022-04-01', '2022-06-30'],
  ['в I квартале 2022 г.', 'range', '2022-01-01', '2022-03-31'],
  ['i-ii квартал 2022', 'range', '2022-01-01', '2022-06-30'],
  ['II полугодие', 'range', '2022-01-01', '2022-05-31'],
  ['I полугодие', 'range', '2021-09-01', '2021-12-31'],
  ['в течение I полугодия', 'range', '2021-09-01', '2021-12-31'],
  ['во II полугодии', 'range', '2022-01-01', '2022-05-31'],
  ['II полугодие 2022', 'range', '2022-07-01', '2022-12-31'],
  ['1 полугодие 2022', 'range', '2022-01-01', '2022-06-30'],
  ['I четверть', 'range', '2021-09-01', '2021-10-31'],
  ['III четверть', 'range', '2022-01-01', '2022-03-31'],
  // Annual recurrences.
  ['Ежегодно (июнь-июль)', 'annual', null, null, yearly([6, 7])],
  ['Ежегодно Июль-август', 'annual', null, null, yearly([7, 8])],
  ['ежегодно, июнь', 'annual', null, null, yearly([6])],
  ['Ежегодно Июнь, август', 'annual', null, null, yearly([6, 8])],
  ['Ежегодно (август)', 'annual', null, null, yearly([8])],
  ['ежегодно до 1 сентября', 'annual', null, null, yearly([9], 1)],
  ['ежегодно к 1 сентября', 'annual', null, null, yearly([9], 1)],
  ['Ежегодно', 'annual', null, null, yearly([])],
  ['ежегодно июнь – август', 'annual', null, null, yearly([6, 7, 8])],
  ['август, ежегодно', 'annual', null, null, yearly([8])],
  ['1 раз в год', 'annual', null, null, yearly([])],
  // Monthly and quarterly recurrences.
  ['до 25 числа ежемесячно', 'period', ...PLAN, monthly(25)],
  ['ежемесячно', 'period', ...PLAN, monthly(null)],
  ['Ежемесячно до 5 числа', 'period', ...PLAN, monthly(5)],
  ['ежемесячно, до 5-го числа', 'period', ...PLAN, monthly(5)],
  ['до 25 числа', 'period', ...PLAN, monthly(25)],
  ['Ежеквартально', 'period', ...PLAN, monthly(null, [3, 6, 9, 12])],
  // Explicit plan periods.
  ['В течение 2021-2022 учебного года', 'period', ...PLAN],
  ['в течение 2021-2022 уч. года', 'period', ...PLAN],
  ['2021- 2022 уч. год', 'period', ...PLAN],
  ['2021-2022 уч. год', 'period', ...PLAN],
  ['2021 - 2022 уч. год.', 'period', ...PLAN],
  ['2021/2022 учебный год', 'period', ...PLAN],
  ['2021/22 уч.г.', 'period', ...PLAN],
  ['2021-2022', 'period', ...PLAN],
  ['2020-2021 учебный год', 'period', '2020-09-01', '2021-08-31'],
  ['2021-2022 гг.', 'period', '2021-01-01', '2022-12-31'],
  ['в течение 2021–2024 гг.', 'period', '2021-01-01', '2024-12-31'],
  ['В течение 2021 года', 'period', '2021-01-01', '2021-12-31'],
  ['2021 год', 'period', '2021-01-01', '2021-12-31'],
  ['2021', 'period', '2021-01-01', '2021-12-31'],
  // The whole plan period.
  ['в течение года', 'period', ...PLAN],
  ['В течение года', 'period', ...PLAN],
  ['в течении года', 'period', ...PLAN],
  [`в${NBSP}течение   учебного года`, 'period', ...PLAN],
  ['весь период', 'period', ...PLAN],
  ['в течение всего периода', 'period', ...PLAN],
  ['на протяжении года', 'period', ...PLAN],
  ['В течение года (по графику)', 'period', ...PLAN],
  ['1 раз в четверть', 'period', ...PLAN],
  // Events.
  ['По результатам процедур ОКО', 'event', null, null],
  ['По итогам оценочных процедур', 'event', null, null],
  ['по графику', 'event', null, null],
  ['В соответствии с графиком проведения', 'event', null, null],
  ['В соответствии с планом', 'event', null, null],
  ['По плану проведения процедур ОКО', 'event', null, null],
  ['В периоды организации и проведения', 'event', null, null],
  ['В ходе аналитических и контрольных мероприятий', 'event', null, null],
  ['после проведения ВПР', 'event', null, null],
  ['по окончании учебного года', 'event', null, null],
  ['в сроки, установленные Рособрнадзором', 'event', null, null],
  ['согласно графику', 'event', null, null],
  ['в течение 10 дней после проведения', 'event', null, null],
  // Continuous.
  ['Постоянно', 'continuous', null, null],
  ['Текущая деятельность ОО', 'continuous', null, null],
  ['в течение всего времени', 'continuous', null, null],
  ['систематически', 'continuous', null, null],
  ['регулярно', 'continuous', null, null],
  ['на постоянной основе', 'continuous', null, null],
  // On request.
  ['По запросу', 'on-request', null, null],
  ['по мере необходимости', 'on-request', null, null],
  ['по необходимости', 'on-request', null, null],
  ['по требованию', 'on-request', null, null],
  // Not understood.
  ['когда-нибудь', 'unparsed', null, null],
  ['31.02.2021', 'unparsed', null, null],
  ['29.02.2022', 'unparsed', null, null],
  ['августовское совещание', 'unparsed', null, null],
  ['11:00', 'unparsed', null, null],
  ['-', 'unparsed', null, null],
  ['**', 'unparsed', null, null],
  ['Сроки исполнения', 'unparsed', null, null],
];

const CALENDAR_ROWS: readonly Row[] = [
  ['март', 'range', '2021-03-01', '2021-03-31'],
  ['август', 'range', '2021-08-01', '2021-08-31'],
  ['II полугодие', 'range', '2021-07-01', '2021-12-31'],
  ['I полугодие', 'range', '2021-01-01', '2021-06-30'],
  ['IV квартал', 'range', '2021-10-01', '2021-12-31'],
  ['Ноябрь-февраль', 'range', '2021-11-01', '2022-02-28'],
  ['в течение года', 'period', '2021-01-01', '2024-12-31'],
  ['с 20.04.2023', 'range', '2023-04-20', '2024-12-31'],
  ['2021-2022', 'period', '2021-01-01', '2022-12-31'],
  ['ежемесячно до 10 числа', 'period', '2021-01-01', '2024-12-31', monthly(10)],
  ['До 21 июня 2021', 'date', null, '2021-06-21'],
];

const PERIOD_ONLY_ROWS: readonly Row[] = [
  ['октябрь', 'range', '2020-10-01', '2020-10-31'],
  ['февраль', 'range', '2021-02-01', '2021-02-28'],
  ['в течение учебного года', 'period', '2020-09-01', '2021-08-31'],
];

const NO_CONTEXT_ROWS: readonly Row[] = [
  ['март', 'annual', null, null, yearly([3])],
  ['до 1 сентября', 'annual', null, null, yearly([9], 1)],
  ['с 1 сентября', 'annual', null, null, yearly([9], 1)],
  ['Июнь, август', 'annual', null, null, yearly([6, 8])],
  ['ноябрь-февраль', 'annual', null, null, yearly([1, 2, 11, 12])],
  ['II полугодие', 'annual', null, null, yearly([1, 2, 3, 4, 5])],
  ['IV квартал', 'annual', null, null, yearly([10, 11, 12])],
  ['апрель 2022', 'range', '2022-04-01', '2022-04-30'],
  ['в течение года', 'period', null, null],
  ['ежемесячно', 'period', null, null, monthly(null)],
  ['до конца года', 'period', null, null],
  ['с 20.04.2023', 'range', '2023-04-20', null],
];

// Seen in published plans: a school-year plan for 2022/23 and a roadmap for the calendar year 2023.
const SCHOOL_2022: DeadlineContext = { academicYear: 2022, period: { from: '2022-09-01', to: '2023-08-31' } };
const YEAR_2023: DeadlineContext = { academicYear: null, period: { from: '2023-01-01', to: '2023-12-31' } };
const PLAN_22 = ['2022-09-01', '2023-08-31'] as const;
const PLAN_23 = ['2023-01-01', '2023-12-31'] as const;
const QUARTERS = [3, 6, 9, 12];

const SCHOOL_2022_ROWS: readonly Row[] = [
  // Halves and terms of a named school year: the second half runs from January to the year's end.
  ['II полугодие 2022/2023 уч. года', 'range', '2023-01-01', '2023-08-31'],
  ['I полугодие 2022/2023 уч. года', 'range', '2022-09-01', '2022-12-31'],
  ['II полугодие 2022-2023 учебного года', 'range', '2023-01-01', '2023-08-31'],
  ['во втором полугодии 2022/2023 учебного года', 'range', '2023-01-01', '2023-08-31'],
  ['I-II полугодие 2022/2023 уч.г.', 'range', '2022-09-01', '2023-08-31'],
  ['III четверть 2022/2023 уч. года', 'range', '2023-01-01', '2023-03-31'],
  // Calendar halves and quarters with their year.
  ['1 полугодие 2023 года', 'range', '2023-01-01', '2023-06-30'],
  ['2 полугодие 2023 г.', 'range', '2023-07-01', '2023-12-31'],
  ['3 квартал 2019 г.', 'range', '2019-07-01', '2019-09-30'],
  ['III квартал 2023 года', 'range', '2023-07-01', '2023-09-30'],
  // Recurrences.
  ['ежеквартально', 'period', ...PLAN_22, monthly(null, QUARTERS)],
  ['ежеквартально, до 10 числа месяца, следующего за отчётным кварталом', 'period', ...PLAN_22, monthly(10, QUARTERS)],
  ['2 раза в год', 'annual', null, null, yearly([])],
  ['2 раза в год (декабрь, май)', 'annual', null, null, yearly([5, 12])],
  ['не реже 1 раза в год', 'annual', null, null, yearly([])],
  ['ежегодно, до 1 сентября', 'annual', null, null, yearly([9], 1)],
  ['до 1 числа месяца, следующего за отчётным', 'period', ...PLAN_22, monthly(1)],
  ['до 5 числа месяца, следующего за отчетным периодом', 'period', ...PLAN_22, monthly(5)],
  ['ежемесячно, до 1 числа', 'period', ...PLAN_22, monthly(1)],
  // On request.
  ['По мере необходимости', 'on-request', null, null],
  ['по мере поступления запросов', 'on-request', null, null],
  ['при необходимости', 'on-request', null, null],
  ['по запросу Рособрнадзора', 'on-request', null, null],
  // Bound to an event.
  ['в сроки, установленные Минпросвещения России', 'event', null, null],
  ['в сроки, определенные графиком Рособрнадзора', 'event', null, null],
  ['в соответствии с графиком Рособрнадзора', 'event', null, null],
  ['согласно расписанию ГИА', 'event', null, null],
  ['в течение 5 рабочих дней после каждой процедуры', 'event', null, null],
  ['в течение 3 дней после проведения ВПР', 'event', null, null],
  ['не позднее 10 дней после проведения процедуры', 'event', null, null],
  ['за 3 дня до проведения ВПР', 'event', null, null],
  ['по итогам каждой процедуры', 'event', null, null],
  ['в дни проведения ВПР', 'event', null, null],
  ['в период проведения ГИА', 'event', null, null],
  // Dates, ranges and the plan's own year.
  ['март – апрель', 'range', '2023-03-01', '2023-04-30'],
  ['июнь-август 2023 г.', 'range', '2023-06-01', '2023-08-31'],
  ['ноябрь 2022 г. – февраль 2023 г.', 'range', '2022-11-01', '2023-02-28'],
  ['в течение 2022/2023 учебного года', 'period', ...PLAN_22],
  ['2022/2023 уч. год', 'period', ...PLAN_22],
  ['до 1 марта', 'date', null, '2023-03-01'],
];

const YEAR_2023_ROWS: readonly Row[] = [
  ['I квартал', 'range', '2023-01-01', '2023-03-31'],
  ['в течение II квартала', 'range', '2023-04-01', '2023-06-30'],
  ['в 3 квартале', 'range', '2023-07-01', '2023-09-30'],
  ['IV квартал 2023 г.', 'range', '2023-10-01', '2023-12-31'],
  ['1-2 квартал 2023', 'range', '2023-01-01', '2023-06-30'],
  ['2 полугодие', 'range', '2023-07-01', '2023-12-31'],
  // A calendar-year plan reads a month without a year in that year.
  ['Март-апрель', 'range', '2023-03-01', '2023-04-30'],
  ['январь', 'range', '2023-01-01', '2023-01-31'],
  ['сентябрь', 'range', '2023-09-01', '2023-09-30'],
  ['март – май', 'range', '2023-03-01', '2023-05-31'],
  ['с января по май', 'range', '2023-01-01', '2023-05-31'],
  // The summer before the roadmap's year is still a range (the period rule warns about it).
  ['Июнь – август 2022', 'range', '2022-06-01', '2022-08-31'],
  ['летом 2022 года', 'range', '2022-06-01', '2022-08-31'],
  ['в летний период 2022 г.', 'range', '2022-06-01', '2022-08-31'],
  ['Осень 2023', 'range', '2023-09-01', '2023-11-30'],
  ['до 20 декабря 2023 г.', 'date', null, '2023-12-20'],
  ['в течение 2023 года', 'period', ...PLAN_23],
  ['весь год', 'period', ...PLAN_23],
  ['ежеквартально до 5 числа', 'period', ...PLAN_23, monthly(5, QUARTERS)],
  ['в сроки, установленные Рособрнадзором', 'event', null, null],
  ['летнее совещание', 'unparsed', null, null],
];

const named = (rows: readonly Row[]): { name: string; row: Row }[] =>
  rows.map((row) => ({ name: JSON.stringify(row[0]), row }));

function check(ctx: DeadlineContext, [input, kind, from, to, repeat]: Row): void {
  const d = parseDeadline(input, ctx);
  expect(d).not.toBeNull();
  expect({ kind: d?.kind, from: d?.from, to: d?.to }).toEqual({ kind, from, to });
  if (repeat) expect(d?.repeat).toEqual(repeat);
  else if (kind !== 'annual') expect(d?.repeat).toBeUndefined();
  expect(d?.text).toBe(input.trim());
}

describe('parseDeadline', () => {
  test('the tables hold distinct texts', () => {
    const all = [...ACADEMIC_ROWS, ...CALENDAR_ROWS, ...PERIOD_ONLY_ROWS, ...NO_CONTEXT_ROWS];
    expect(new Set(ACADEMIC_ROWS.map((r) => r[0])).size).toBe(ACADEMIC_ROWS.length);
    expect(new Set(all.map((r) => r[0])).size).toBeGreaterThanOrEqual(90);
  });
  test('real plans add at least 40 texts of their own', () => {
    const old = new Set([...ACADEMIC_ROWS, ...CALENDAR_ROWS, ...PERIOD_ONLY_ROWS, ...NO_CONTEXT_ROWS].map((r) => r[0]));
    const added = new Set([...SCHOOL_2022_ROWS, ...YEAR_2023_ROWS].map((r) => r[0]).filter((t) => !old.has(t)));
    expect(added.size).toBeGreaterThanOrEqual(40);
  });
  test.each(named(ACADEMIC_ROWS))('academic 2021/22: $name', ({ row }) => check(ACADEMIC, row));
  test.each(named(CALENDAR_ROWS))('calendar 2021–2024: $name', ({ row }) => check(CALENDAR, row));
  test.each(named(PERIOD_ONLY_ROWS))('period 2020/21 only: $name', ({ row }) => check(PERIOD_ONLY, row));
  test.each(named(NO_CONTEXT_ROWS))('no context: $name', ({ row }) => check(NO_CONTEXT, row));
  test.each(named(SCHOOL_2022_ROWS))('school year 2022/23: $name', ({ row }) => check(SCHOOL_2022, row));
  test.each(named(YEAR_2023_ROWS))('calendar 2023: $name', ({ row }) => check(YEAR_2023, row));

  test('empty cells are null', () => {
    for (const v of [null, '', '   ', `${NBSP}\t`, '\u200b']) expect(parseDeadline(v, ACADEMIC)).toBeNull();
  });

  test('host dates and Excel serials are days', () => {
    expect(parseDeadline({ date: '2021-06-21' }, ACADEMIC)).toEqual({
      text: '21.06.2021',
      kind: 'date',
      from: '2021-06-21',
      to: '2021-06-21',
    });
    expect(parseDeadline(44368, ACADEMIC)).toMatchObject({ text: '21.06.2021', kind: 'date', from: '2021-06-21' });
    expect(parseDeadline(44368.75, ACADEMIC)).toMatchObject({ kind: 'date', from: '2021-06-21' });
    expect(parseDeadline(2021, ACADEMIC)).toMatchObject({ kind: 'period', from: '2021-01-01', to: '2021-12-31' });
  });

  test('other cell values are unparsed, never thrown', () => {
    expect(parseDeadline(true, ACADEMIC)).toMatchObject({ kind: 'unparsed', from: null, to: null });
    expect(parseDeadline({ error: '#N/A' }, ACADEMIC)).toMatchObject({ kind: 'unparsed', text: '#N/A' });
    expect(parseDeadline({ date: '2021-02-30' }, ACADEMIC)).toMatchObject({ kind: 'unparsed' });
    expect(parseDeadline(12.5, ACADEMIC)).toMatchObject({ kind: 'unparsed', text: '12.5' });
  });

  test('a range written backwards is kept in order and flagged', () => {
    expect(parseDeadline('30.05.2023 - 06.02.2023', ACADEMIC)).toEqual({
      text: '30.05.2023 - 06.02.2023',
      kind: 'range',
      from: '2023-02-06',
      to: '2023-05-30',
      reversed: true,
    });
    expect(parseDeadline('ноябрь 2022 - февраль 2022', ACADEMIC)).toMatchObject({
      from: '2022-02-01',
      to: '2022-11-30',
      reversed: true,
    });
    expect(parseDeadline('06.02.2023 - 30.05.2023', ACADEMIC)?.reversed).toBeUndefined();
  });

  test('the text is kept as typed, trimmed', () => {
    expect(parseDeadline(`  Апрель – май 2022${NBSP}`, ACADEMIC)?.text).toBe('Апрель – май 2022');
  });
});
