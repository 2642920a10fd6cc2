import { headerRole, headerRoles, looksLikeHeader } from './header-roles';

describe('headerRole', () => {
  test.each([
    ['№', 'number'],
    ['№ п/п', 'number'],
    ['N п/п', 'number'],
    ['N N п.п', 'number'],
    ['№№ п/п', 'number'],
    ['Номер строки', 'number'],
    ['№ пункта', 'number'],
    ['№ п.п.', 'number'],
    ['Мероприятие', 'activity'],
    ['Мероприятия', 'activity'],
    ['Мероприятие (содержание деятельности)', 'activity'],
    ['Содержание деятельности', 'activity'],
    ['Направление деятельности, мероприятия', 'activity'],
    ['Этап', 'activity'],
    ['Муниципальный уровень', 'activity'],
    ['Уровень образовательной организации', 'school'],
    ['Уровень ОО', 'school'],
    ['Региональный уровень', 'region'],
    ['Сроки', 'deadline'],
    ['Срок исполнения', 'deadline'],
    ['Сроки проведения', 'deadline'],
    ['Ответственные', 'responsible'],
    ['Ответственный исполнитель', 'responsible'],
    ['Исполнитель', 'responsible'],
    ['Результат', 'result'],
    ['Ожидаемый результат', 'result'],
    ['Планируемый результат', 'result'],
    ['Дальнейшее использование результатов', 'result'],
    ['Результат (продукт)', 'result'],
    ['Итоговый документ', 'result'],
    ['Форма завершения', 'result'],
    ['Выход', 'result'],
    ['Форма/механизм', 'form'],
    ['Статус', 'status'],
    ['Контрольный срок', 'control-date'],
    ['Отметка о выполнении', 'evidence'],
    ['Контроль', 'control'],
  ])('%s → %s', (text, role) => expect(headerRole(text)).toBe(role));

  test.each(['Утверждаю', 'Диагностическая деятельность', '2020 год', '', 'Номер приказа', 'Выходы в ОО'])(
    '%s is no header',
    (t) => {
      expect(headerRole(t)).toBeNull();
    },
  );
});

test('a header names two roles, one of them the activity or the number', () => {
  expect(looksLikeHeader(headerRoles(['№', 'Мероприятия', 'Сроки', 'Ответственные']))).toBe(true);
  expect(looksLikeHeader(headerRoles(['Сроки', 'Ответственные']))).toBe(false);
  expect(looksLikeHeader(headerRoles(['Мероприятия в отношении ОО', '']))).toBe(false);
});

test('a three-level header gives each level its own column', () => {
  const roles = headerRoles([
    'N N п.п',
    'Региональный уровень',
    'Муниципальный уровень',
    'Уровень образовательной организации',
    'Срок',
    'Итоговый документ',
  ]);
  expect(Object.fromEntries(roles)).toEqual({
    number: 1,
    region: 2,
    activity: 3,
    school: 4,
    deadline: 5,
    result: 6,
  });
});
