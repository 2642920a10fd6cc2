import { findHeader, taskColumn } from './vpr-header';

describe('task columns', () => {
  it('read «N (Kб)» in its spellings', () => {
    expect(taskColumn('1 (1б)')).toEqual({ label: '1', max: 1 });
    expect(taskColumn('4.1 (2 б.)')).toEqual({ label: '4.1', max: 2 });
    expect(taskColumn('№ 7 (3б)')).toEqual({ label: '7', max: 3 });
    expect(taskColumn('12 (2 балла)')).toEqual({ label: '12', max: 2 });
    expect(taskColumn('Первичный балл')).toBeNull();
    expect(taskColumn('5 (0б)')).toBeNull();
  });
});

describe('findHeader', () => {
  it('finds the header under title lines, with every role', () => {
    const texts = [
      ['ВПР 2024 Математика 5 класс'],
      [],
      [
        'Муниципалитет',
        'Логин ОО',
        'Наименование ОО',
        'Код участника',
        'Класс',
        'Вариант',
        '1 (1б)',
        '2 (2б)',
        'Первичный балл',
        'Отметка',
        'Отметка за предыдущую четверть',
      ],
    ];
    const h = findHeader(texts);
    expect(h?.row).toBe(3);
    expect(h?.columns).toEqual({
      municipality: 1,
      login: 2,
      name: 3,
      code: 4,
      class: 5,
      variant: 6,
      score: 9,
      mark: 10,
      journal: 11,
    });
    expect(h?.tasks).toEqual([
      { label: '1', max: 1, col: 7 },
      { label: '2', max: 2, col: 8 },
    ]);
  });
  it('knows «ОО», «Название ОО», «Итого баллов» and «Отметка по журналу»', () => {
    const h = findHeader([['ОО', 'Название ОО', '1 (1б)', 'Итого баллов', 'Отметка по журналу']]);
    expect(h?.columns).toEqual({ login: 1, name: 2, score: 4, journal: 5 });
  });
  it('is null without task columns', () => {
    expect(findHeader([['Логин ОО', 'Первичный балл']])).toBeNull();
  });
});
