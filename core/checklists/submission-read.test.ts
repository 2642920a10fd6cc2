import { answer, schoolFile, type Rows } from '../../test/checklists/school-file-builder';
import type { CellValue, Grid } from '../grid/grid';
import { DEFAULT_INDICATORS } from './default-template';
import { readRegistry, type Registry } from './registry';
import { makeSchoolSheet } from './school-sheet';
import { readSubmission } from './submission-read';
import { makeTemplate } from './template';

const template = makeTemplate('CL-TEST', DEFAULT_INDICATORS);
const registryGrid: Grid = {
  sheet: 'Школы',
  values: [
    ['Код ОО', 'Наименование'],
    ['101', 'Школа 101'],
    ['102', 'Школа 102'],
  ],
  merges: [],
};
const read = readRegistry(registryGrid);
if (!read.ok) throw new Error(read.message);
const registry: Registry = read.registry;
const spec = makeSchoolSheet(template, { code: '101', name: 'Школа 101' });
const WHEN = '2025-05-20T10:00:00+03:00';
const FULL: CellValue[] = DEFAULT_INDICATORS.map((i) =>
  i.type === 'choice' ? 'да' : i.type === 'number' ? '3' : i.type === 'date' ? '01.09.2024' : 'https://s.example',
);

const file = (edit?: (c: Rows, m: Rows) => void, name?: string) => schoolFile(spec, WHEN, edit, name);
const reason = (edit?: (c: Rows, m: Rows) => void, name?: string): { reason: string; code: string | null } => {
  const r = readSubmission(file(edit, name), template, registry);
  if (r.ok) throw new Error('accepted');
  return { reason: r.reason, code: r.code };
};
const setMeta = (m: Rows, key: string, value: string): void => {
  const row = m.find((r) => r[0] === key);
  if (row) row[1] = value;
};

test('a filled file is read: answers normalised, comments as text', () => {
  const r = readSubmission(
    file((c) => answer(c, FULL, ['=1+1', null, '@x'])),
    template,
    registry,
  );
  expect(r).toEqual({
    ok: true,
    submission: {
      code: '101',
      file: '101.xlsx',
      modified: WHEN,
      answers: [...DEFAULT_INDICATORS.slice(0, 9).map(() => 'Да'), 3, { date: '2024-09-01' }, 'https://s.example'],
      comments: ['=1+1', '', '@x', ...DEFAULT_INDICATORS.slice(3).map(() => '')],
    },
  });
});

test('an untouched file is a submission with no answers', () => {
  const r = readSubmission(file(), template, registry);
  expect(r.ok && r.submission.answers.every((a) => a === null)).toBe(true);
});

test('blank rows inserted between indicators lose nothing and are tolerated', () => {
  const r = readSubmission(
    file((c) => {
      answer(c, FULL);
      c.splice(3, 0, [], [null, '  ']);
    }),
    template,
    registry,
  );
  expect(r.ok && r.submission.answers[2]).toBe('Да');
});

describe('quarantine reasons', () => {
  test.each<[string, (c: Rows, m: Rows) => void, RegExp, string | null]>([
    ['no «_oko» sheet', (_c, m) => m.splice(0), /нет служебного листа/, '101'],
    [
      'another template',
      (_c, m) => setMeta(m, 'Шаблон', 'CL-OTHER'),
      /^Файл от другого чек-листа \(не из рассылки этой книги\)\. [^«]*$/,
      '101',
    ],
    [
      'another version',
      (_c, m) => setMeta(m, 'Версия', '0000000000'),
      /^Файл от прежней версии чек-листа: показатели с тех пор изменились\./,
      '101',
    ],
    ['an unknown code', (_c, m) => setMeta(m, 'Код ОО', '999'), /Код школы «999» не найден/, null],
    ['no code', (_c, m) => setMeta(m, 'Код ОО', ''), /не указан код школы/, '101'],
    [
      'header edited',
      (c) => {
        const h = c[0];
        if (h) h[2] = 'Ответ школы';
      },
      /строка заголовков/,
      '101',
    ],
    ['a deleted row', (c) => c.splice(3, 1), /Удалены строки показателей: 2\.3\./, '101'],
    ['an added row', (c) => c.splice(4, 0, [null, 'Наш показатель', 'Да']), /Добавлены строки.*\(строки 5\)/, '101'],
    ['a copied row', (c) => c.splice(4, 0, [...(c[1] ?? [])]), /Добавлены строки.*\(строки 5\)/, '101'],
    [
      'rows swapped',
      (c) => {
        const [a, b] = [c[1], c[2]];
        if (a && b) {
          c[1] = b;
          c[2] = a;
        }
      },
      /порядок строк/,
      '101',
    ],
    [
      'wording edited',
      (c) => {
        const r = c[5];
        if (r) r[1] = 'Своя формулировка';
      },
      /формулировка показателя 2\.5/,
      '101',
    ],
    ['no «Чек-лист» sheet', (c) => c.splice(0), /Удалены строки показателей|заголовков/, '101'],
  ])('%s', (_what, edit, message, code) => {
    const r = reason(edit);
    expect(r.reason).toMatch(message);
    expect(r.code).toBe(code);
  });

  test('bad answers: the first three named, the rest counted', () => {
    const r = reason((c) =>
      answer(c, ['может быть', 'ага', '+', 'нет', 'да', 'да', 'да', 'да', 'да', 'много', 'вчера', 'сайт']),
    );
    expect(r.reason).toBe(
      'Недопустимые ответы: 2.1: «может быть» — нужно: Да, Нет или Частично; 2.2: «ага» — нужно: Да, Нет или Частично; 2.3: «+» — нужно: Да, Нет или Частично и ещё 3.',
    );
  });

  test('a file that could not be opened keeps the host’s reason and is attributed by its name', () => {
    const r = readSubmission(
      { name: '102 (2).xlsx', modified: WHEN, unreadable: 'не является книгой Excel' },
      template,
      registry,
    );
    expect(r).toEqual({ ok: false, reason: 'не является книгой Excel', code: '102' });
    const stranger = readSubmission({ name: 'письмо.xlsx', modified: WHEN, unreadable: 'x' }, template, registry);
    expect(stranger).toMatchObject({ ok: false, code: null });
  });
});

test('a file without the «_oko» sheet or without «Чек-лист» is refused', () => {
  const full = file((c) => answer(c, FULL));
  const without = (name: string) => ({ ...full, sheets: full.sheets.filter((g) => g.sheet !== name) });
  expect(readSubmission(without('_oko'), template, registry)).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/нет служебного листа/),
    code: '101',
  });
  expect(readSubmission(without('Чек-лист'), template, registry)).toMatchObject({
    ok: false,
    reason: 'В файле нет листа «Чек-лист».',
    code: '101',
  });
  const renamed = {
    ...full,
    sheets: full.sheets.map((g) => (g.sheet === 'Чек-лист' ? { ...g, sheet: ' чек-лист ' } : g)),
  };
  expect(readSubmission(renamed, template, registry).ok).toBe(true);
});

test('a 40,000-character comment or an over-long answer: the file goes to quarantine, the reason says which', () => {
  const long = 'к'.repeat(40000);
  const viaComment = reason((c) => answer(c, FULL, [null, long]));
  expect(viaComment.reason).toContain('40000');
  expect(viaComment.reason).toContain('«2.2»');
  expect(viaComment.reason.length).toBeLessThan(600);
  const text = [...FULL];
  text[11] = `https://s.example/${'a'.repeat(3000)}`;
  expect(reason((c) => answer(c, text)).reason).toMatch(/ответ на показатель «2\.12»/);
});

test('a file of an older, dated version names both versions by their dates, never by a hash', () => {
  const dated = { ...template, date: '2026-12-03' };
  const file = schoolFile(spec, '2026-12-10T10:00:00+03:00', (_c, m) => {
    setMeta(m, 'Версия', '0000000000');
    setMeta(m, 'Дата версии', '2026-09-01');
  });
  const r = readSubmission(file, dated, registry);
  expect(r.ok ? '' : r.reason).toBe(
    'Файл от прежней версии чек-листа (версия от 01.09.2026; действующая — версия от 03.12.2026): показатели с тех пор изменились. Разошлите школе новый файл.',
  );
  const undated = schoolFile(spec, '2026-12-10T10:00:00+03:00', (_c, m) => setMeta(m, 'Версия', '0000000000'));
  const old = readSubmission(undated, dated, registry);
  expect(old.ok ? '' : old.reason).toContain('(версия без даты; действующая — версия от 03.12.2026)');
});
