import { responsibleKey, splitResponsible } from './responsible';

test('splits by commas, semicolons and line breaks, once per name', () => {
  expect(splitResponsible('ЦОКО ИМЦ, руководители ОО; методисты\nИМЦ.')).toEqual([
    'ЦОКО ИМЦ',
    'руководители ОО',
    'методисты',
    'ИМЦ',
  ]);
  expect(splitResponsible('ИМЦ, имц ,  ')).toEqual(['ИМЦ']);
  expect(splitResponsible('')).toEqual([]);
});

test('spellings of one executor share a key', () => {
  expect(responsibleKey('  Цоко  ИМЦ ')).toBe(responsibleKey('цоко имц'));
  expect(responsibleKey('Отдел образования (Ёлкина)')).toBe(responsibleKey('отдел образования (елкина)'));
});
