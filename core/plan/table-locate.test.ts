import { isColumnNumberRow, locateTable } from './table-locate';

describe('isColumnNumberRow', () => {
  test.each([[['1', '2', '3', '4', '5']], [['', '2', '3', '4']], [['1.', '2.', '3.']], [['1', '2', '3', '', '']]])(
    '%j numbers the columns',
    (row) => expect(isColumnNumberRow(row)).toBe(true),
  );

  test.each([
    [['1', '2']],
    [['1', 'Приказ о проведении ВПР', '3']],
    [['1', '3', '4', '5']],
    [['2019', '2020', '2021']],
    [['1', '', '3', '4']],
  ])('%j does not', (row) => expect(isColumnNumberRow(row)).toBe(false));
});

describe('locateTable', () => {
  test('column-number rows under the header are layout, not body', () => {
    const loc = locateTable([
      ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', '2', '3', '4'],
      ['1.', 'Приказ о проведении ВПР', 'март', 'Управление образования'],
    ]);
    expect(loc).toMatchObject({ headerRow: 1, firstRow: 2, columnNumberRows: [2] });
  });

  test('a second header row naming sub-columns is part of the header', () => {
    const loc = locateTable([
      ['№ п/п', 'Содержание деятельности', '', 'Сроки'],
      ['', 'Муниципальный уровень', 'Уровень ОО', ''],
      ['1', 'Совещание руководителей ОО', 'Педагогический совет', 'март'],
    ]);
    expect(loc).toMatchObject({ headerRow: 1, firstRow: 3 });
    expect(loc?.columns).toEqual({ number: 1, activity: 2, school: 3, deadline: 4 });
  });

  test('a first item is never taken for a second header row', () => {
    const loc = locateTable([
      ['№', 'Мероприятие', 'Срок'],
      ['1', 'Мероприятия по подготовке к ВПР', 'март'],
    ]);
    expect(loc).toMatchObject({ headerRow: 1, firstRow: 2 });
  });
});
