import { clean, textKey } from './normalize';

describe('clean', () => {
  test.each([
    ['Сове\u200Bщание', 'Совещание'],
    ['\uFEFFПротокол', 'Протокол'],
    ['Иванова\u2060И. И.', 'ИвановаИ. И.'],
    ['Иванова\u0000И. И.', 'Иванова И. И.'],
    ['Акт\u001Fпроверки\u007F', 'Акт проверки'],
    ['Анализ\u00A0\u2003результатов', 'Анализ результатов'],
    ['\u200B', ''],
  ])('%j → %j', (from, to) => expect(clean(from)).toBe(to));

  test('a zero-width space inside a word does not split it for duplicate keys', () => {
    expect(textKey('Мони\u200Bторинг сайтов')).toBe(textKey('Мониторинг сайтов'));
  });
});
