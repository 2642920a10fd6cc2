import { headerRole, headerRoles, looksLikeHeader } from './header-roles';

describe('headerRole', () => {
  test.each([
    ['№', 'number'],
    ['№ п/п', 'number'],
    ['N п/п', 'number'],
    ['Мероприятие', 'activity'],
    ['Мероприятия', 'activity'],
    ['Мероприятие (содержание деятельности)', 'activity'],
    ['Содержание деятельности', 'activity'],
    ['Направление деятельности, мероприятия', 'activity'],
    ['Этап', 'activity'],
    ['Муниципальный уровень', 'activity'],
    ['Уровень образовательной организации', 'school'],
    ['Уровень ОО', 'school'],
    ['Сроки', 'deadline'],
    ['Срок исполнения', 'deadline'],
    ['Сроки проведения', 'deadline'],
    ['Ответственные', 'responsible'],
    ['Ответственный исполнитель', 'responsible'],
    ['Исполнитель', 'responsible'],
    ['Результат', 'result'],
    ['Ожидаемый результат', 'result'],
    ['Планируемый результат', 'result'],
    ['Форма/механизм', 'form'],
    ['Статус', 'status'],
    ['Контрольный срок', 'control-date'],
    ['Отметка о выполнении', 'evidence'],
    ['Контроль', 'control'],
  ])('%s → %s', (text, role) => expect(headerRole(text)).toBe(role));

  test.each(['Утверждаю', 'Диагностическая деятельность', '2020 год', ''])('%s is no header', (t) => {
    expect(headerRole(t)).toBeNull();
  });
});

test('a header names two roles, one of them the activity or the number', () => {
  expect(looksLikeHeader(headerRoles(['№', 'Мероприятия', 'Сроки', 'Ответственные']))).toBe(true);
  expect(looksLikeHeader(headerRoles(['Сроки', 'Ответственные']))).toBe(false);
  expect(looksLikeHeader(headerRoles(['Мероприятия в отношении ОО', '']))).toBe(false);
});
