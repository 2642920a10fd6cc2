import { parseYearSpan } from './deadline-parse';
import { parseYearStatement } from './year-span';

const ACADEMIC_2021 = { from: '2021-09-01', to: '2022-08-31', academic: true };
const ACADEMIC_2020 = { from: '2020-09-01', to: '2021-08-31', academic: true };

describe('parseYearStatement: a line names a period, or only mentions a year', () => {
  test.each([
    ['на 2021 год', true],
    ['на 2021–2022 учебный год', true],
    ['2021-2022 учебный год', true],
    ['Дорожная карта 2021-2024 гг.', true],
    ['в течение 2023 года', true],
    ['2020 год', false],
    ['Принят на педагогическом совете 2021 г.', false],
  ])('%s → %s', (text, named) => expect(parseYearStatement(text)?.named).toBe(named));

  test('an order date next to the plan title does not hide the title', () => {
    expect(parseYearStatement('Приложение к приказу от 13 ноября 2015 г. N 5976 «План на 2016 год»')).toEqual({
      from: '2016-01-01',
      to: '2016-12-31',
      academic: false,
      named: true,
    });
  });
});

describe('parseYearSpan', () => {
  test.each([
    ['на 2021-2024 гг.', { from: '2021-01-01', to: '2024-12-31', academic: false }],
    ['Лысьвенском городском округе на 2021–2024 гг.', { from: '2021-01-01', to: '2024-12-31', academic: false }],
    ['2021-2022 гг.', { from: '2021-01-01', to: '2022-12-31', academic: false }],
    ['на 2021-2022 уч. год', ACADEMIC_2021],
    ['2021-2022 учебный год', ACADEMIC_2021],
    ['План работы … на 2021-2022 уч. год', ACADEMIC_2021],
    ['учреждениях Артемовского городского округа на 2020-2021 уч. год**', ACADEMIC_2020],
    ['**ПЛАН МЕРОПРИЯТИЙ на 2020 - 2021 учебный год**', ACADEMIC_2020],
    ['2021/2022 учебного года', ACADEMIC_2021],
    ['учебный год 2021/2022', ACADEMIC_2021],
    ['на 2020 год', { from: '2020-01-01', to: '2020-12-31', academic: false }],
    ['План на 2020 г.', { from: '2020-01-01', to: '2020-12-31', academic: false }],
    ['2020 год', { from: '2020-01-01', to: '2020-12-31', academic: false }],
    ['Приказ от 14.10.2020 № 218 «Об утверждении плана на 2020-2021 уч. год»', ACADEMIC_2020],
    ['от 21.09.2020 № 23а-1000, план на 2021-2024 гг.', { from: '2021-01-01', to: '2024-12-31', academic: false }],
  ])('%s', (text, expected) => {
    expect(parseYearSpan(text)).toEqual(expected);
  });

  test.each([
    'от 14.10.2020',
    'от 21.09.2020 № 23а-1000',
    'от 30.11.2009 № 262',
    'ПРИКАЗ от 14.10.2020 г. № 218',
    'от 13 ноября 2015 г. N 5976',
    'Приказ министерства образования от 27 декабря 2022 года № 1834',
    'Утвержден приказом от 2019 г. № 12',
    'План мероприятий',
    'тел. 2021',
    '',
  ])('no period in %j', (text) => {
    expect(parseYearSpan(text)).toBeNull();
  });
});
