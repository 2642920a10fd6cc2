import { splitGlued } from './rule-responsible-unseparated';
import { textKey } from '../text/normalize';

const known = (...names: string[]): Set<string> => new Set(names.map(textKey));

describe('splitGlued learns executors from the plan', () => {
  test('two executors that appear alone elsewhere', () => {
    const k = known('Заместитель начальника управления образования', 'МБУО Центр образования');
    expect(splitGlued('Заместитель начальника управления образования МБУО Центр образования', k)).toEqual([
      'Заместитель начальника управления образования',
      'МБУО Центр образования',
    ]);
  });

  test('a known prefix, then another, then the rest', () => {
    const k = known('Специалисты УО', 'МАУ ДПО ЦРО');
    expect(splitGlued('Специалисты УО МАУ ДПО ЦРО Независимые наблюдатели', k)).toEqual([
      'Специалисты УО',
      'МАУ ДПО ЦРО',
      'Независимые наблюдатели',
    ]);
  });

  test('a capitalised role word after a lower-case word starts a new executor', () => {
    expect(splitGlued('Муниципальный координатор Руководители ОУ', known())).toEqual([
      'Муниципальный координатор',
      'Руководители ОУ',
    ]);
  });

  test('names with capitals and abbreviations stay whole', () => {
    const k = known('ОО', 'Руководители', 'Центр образования');
    expect(splitGlued('МБУО Центр образования', k)).toEqual(['МБУО Центр образования']);
    expect(splitGlued('Руководители ОО', k)).toEqual(['Руководители ОО']);
    expect(splitGlued('Заместитель главы Администрации города', k)).toEqual(['Заместитель главы Администрации города']);
    expect(splitGlued('Специалисты УО', k)).toEqual(['Специалисты УО']);
  });
});
