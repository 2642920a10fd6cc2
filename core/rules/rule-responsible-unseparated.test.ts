import { knownExecutors, splitGlued } from './rule-responsible-unseparated';
import { checkGrid } from '../check/check';
import type { Plan } from '../plan/plan';
import type { Issue } from '../check/issue';
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

describe('people glued together', () => {
  test.each([
    ['И.И. Петрова А.С. Смирнов Т.В. Кузнецова', ['И.И. Петрова', 'А.С. Смирнов', 'Т.В. Кузнецова']],
    ['Петрова И.И. Волкова Е.П.', ['Петрова И.И.', 'Волкова Е.П.']],
    ['И. И. Петрова А. С. Смирнов', ['И. И. Петрова', 'А. С. Смирнов']],
    ['И.И.Петрова А.С.Смирнов', ['И.И.Петрова', 'А.С.Смирнов']],
    [
      'Директор И.И. Петрова Заместитель директора по УВР А.С. Смирнов',
      ['Директор И.И. Петрова', 'Заместитель директора по УВР А.С. Смирнов'],
    ],
    ['учитель Петрова И.И. педагог-психолог Смирнов А.С.', ['учитель Петрова И.И.', 'педагог-психолог Смирнов А.С.']],
  ])('%s', (text, parts) => expect(splitGlued(text, known())).toEqual(parts));

  test.each(['Директор гимназии Е.П. Волкова', 'Волкова Е.П.', 'И.И. Петрова (по согласованию)', 'МБОУ СОШ № 3'])(
    'one person or none stays whole: %s',
    (text) => expect(splitGlued(text, known())).toEqual([text]),
  );
});

function checked(responsibles: readonly string[]): { plan: Plan; issues: readonly Issue[] } {
  const outcome = checkGrid({
    sheet: 'План',
    values: [
      ['№', 'Мероприятие', 'Срок', 'Ответственные'],
      ...responsibles.map((r, i) => [String(i + 1), `Мероприятие номер ${i + 1}`, 'май 2024', r]),
    ],
    merges: [],
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome;
}

describe('the plan teaches executors only from cells that are not glued themselves', () => {
  test('a glued cell is not learned as one executor', () => {
    const k = knownExecutors(
      checked([
        'Заместитель директора по УВР',
        'Руководители ШМО',
        'Заместитель директора по УВР Руководители ШМО',
        'А.С. Смирнов Т.В. Кузнецова',
      ]).plan,
    );
    expect(k.has(textKey('Заместитель директора по УВР'))).toBe(true);
    expect(k.has(textKey('Заместитель директора по УВР Руководители ШМО'))).toBe(false);
    expect(k.has(textKey('А.С. Смирнов Т.В. Кузнецова'))).toBe(false);
  });

  test('so the fix splits every executor, never leaving two glued in one part', () => {
    const responsibles = [
      'Заместитель директора по УВР',
      'Руководители ШМО',
      'Заместитель директора по УВР Руководители ШМО',
      'Заместитель директора по УВР Руководители ШМО Социальный педагог',
    ];
    const { issues } = checked(responsibles);
    const fixes = issues.filter((i) => i.rule === 'responsible-unseparated').map((i) => i.fix?.edits[0]?.value);
    expect(fixes).toEqual([
      'Заместитель директора по УВР, Руководители ШМО',
      'Заместитель директора по УВР, Руководители ШМО, Социальный педагог',
    ]);
  });
});
