import type { Grid } from '../grid/grid';
import type { Plan } from '../plan/plan';
import { textCleanup, textTypo } from './rule-text';

function oneCell(text: string): { plan: Plan; grid: Grid } {
  const grid: Grid = { sheet: 'План', values: [['1', text]], merges: [] };
  const plan: Plan = {
    sheet: 'План',
    header: { row: null, columns: { number: 1, activity: 2 }, repeatedRows: [] },
    firstRow: 1,
    lastRow: 1,
    titleRows: [],
    items: [
      {
        row: 1,
        rows: [1],
        continuations: [],
        number: '1',
        depth: 1,
        parentRow: null,
        section: null,
        sectionRow: null,
        block: null,
        blockRow: null,
        text: { activity: text },
        deadline: null,
      },
    ],
    sections: [],
    blocks: [],
    period: null,
    statements: [],
    numbersAsDates: [],
  };
  return { plan, grid };
}

const typoFix = (text: string): string | null => {
  const { plan, grid } = oneCell(text);
  return textTypo.check(plan, grid)[0]?.fix?.edits[0]?.value ?? null;
};
const cleanupFix = (text: string): string | null => {
  const { plan, grid } = oneCell(text);
  return textCleanup.check(plan, grid)[0]?.fix?.edits[0]?.value ?? null;
};

describe('text-typo', () => {
  test.each([
    ['В течении года', 'В течение года'],
    ['в течении учебного года', 'в течение учебного года'],
    [
      'Оценка в школах с признаками с необъективности результатов',
      'Оценка в школах с признаками необъективности результатов',
    ],
    ['входящих в «зону риска» по о результатам процедур', 'входящих в «зону риска» по результатам процедур'],
    ['Повышение обьективности', 'Повышение объективности'],
    ['Проведение ОГЕ и ЕГЕ', 'Проведение ОГЭ и ЕГЭ'],
    ['анализ результатов в в ОО', 'анализ результатов в ОО'],
  ])('%s → %s', (from, to) => expect(typoFix(from)).toBe(to));

  test.each(['В течение года', 'в течении реки', 'с признаками необъективности', 'ОГЭ, ЕГЭ'])('%s is fine', (t) => {
    expect(typoFix(t)).toBeNull();
  });
});

describe('text-cleanup', () => {
  test.each([
    ['(ВПР, ОГЭ, ЕГЭ) •', '(ВПР, ОГЭ, ЕГЭ)'],
    ['Управление образования,', 'Управление образования'],
    ['Анализ  результатов', 'Анализ результатов'],
    ['Анализ\u00A0результатов', 'Анализ результатов'],
    ['Информационно- аналитическая деятельность', 'Информационно-аналитическая деятельность'],
    ['  Протокол ', 'Протокол'],
    ['\u200BСовещание\uFEFF с руководителями ОО', 'Совещание с руководителями ОО'],
    ['Сентябрь\u200B 2025', 'Сентябрь 2025'],
    ['Иванова\u0000 И. И.\u0007', 'Иванова И. И.'],
    ['\uFEFFОктябрь 2025\t\n\r', 'Октябрь 2025'],
  ])('%j → %j', (from, to) => expect(cleanupFix(from)).toBe(to));

  test('invisible and control characters are named in the message', () => {
    const { plan, grid } = oneCell('Сове\u200Bщание\u0001');
    const message = textCleanup.check(plan, grid)[0]?.message ?? '';
    expect(message).toContain('невидимые символы');
    expect(message).toContain('управляющие символы');
  });

  test('a BOM at the start is named as an invisible character, not as a space', () => {
    const { plan, grid } = oneCell('\uFEFFОктябрь 2025');
    const message = textCleanup.check(plan, grid)[0]?.message ?? '';
    expect(message).toContain('невидимые символы');
    expect(message).not.toContain('пробелы в начале или конце');
  });

  test('a cell of nothing but a zero-width space is offered to be emptied', () => {
    expect(cleanupFix('\u200B')).toBe('');
  });

  test.each(['аудио- и видеонаблюдение', 'воркшопы - мастерские', '2021- 2022 уч. год', 'Протокол'])(
    '%s is left alone',
    (t) => {
      expect(cleanupFix(t)).toBeNull();
    },
  );
});

test('a 16,000-character cell with the typo at both ends: the message quotes a short window, the fix is whole', () => {
  const middle = 'проведение мониторинга объективности '.repeat(440);
  const text = `Работа в течении года: ${middle}итоги в течении года`;
  expect(text.length).toBeGreaterThan(16000);
  const { plan, grid } = oneCell(text);
  const issues = textTypo.check(plan, grid);
  expect(issues).toHaveLength(1);
  const message = issues[0]?.message ?? '';
  expect(message.length).toBeLessThan(200);
  expect(message).toContain('в течении года');
  expect(message).toContain('в течение года');
  const edit = issues[0]?.fix?.edits[0]?.value;
  expect(typeof edit === 'string' && edit.endsWith('итоги в течение года')).toBe(true);
});
