import { plainValue, type SheetChange } from '../changes/change-set';
import type { CellValue, Grid } from '../grid/grid';
import { DEFAULT_INDICATORS } from './default-template';
import { FALLBACK_TEMPLATE_ID, makeTemplate } from './template';
import { parseAnswerType, readTemplate, templateSheet } from './template-sheet';

const grid = (values: CellValue[][]): Grid => ({ sheet: 'Чек-лист', values, merges: [] });
const asGrid = (c: SheetChange): Grid => grid(c.rows.map((r) => r.map((v) => plainValue(v))));

describe('readTemplate', () => {
  test('reads back the sheet «Подготовить книгу» writes: same id, same version', () => {
    const t = makeTemplate('CL-0A1B2C3D', DEFAULT_INDICATORS);
    const read = readTemplate(asGrid(templateSheet(t)));
    expect(read).toEqual({ ok: true, template: t });
  });

  test('an official’s own sheet: other header names, types in words, numbers as codes', () => {
    const read = readTemplate(
      grid([
        ['Чек-лист для ОО на 2025 год'],
        ['№', 'Критерий', 'Тип', 'Обязательный', 'Примечание'],
        [1, 'Приказ об объективности', 'Да/Нет', 'да', null],
        [2, 'Число наблюдателей', 'Количество', 'нет', 'штук'],
        [3, 'Дата приказа', 'дата', '-', null],
        [4, 'Страница на сайте', 'Ссылка', null, null],
        [],
        [5, 'После пустой строки', null, true, null],
      ]),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.template.id).toBe(FALLBACK_TEMPLATE_ID);
    expect(read.template.indicators.map((i) => [i.id, i.type, i.required, i.hint])).toEqual([
      ['1', 'choice', true, ''],
      ['2', 'number', false, 'штук'],
      ['3', 'date', false, ''],
      ['4', 'link', true, ''],
      ['5', 'choice', true, ''],
    ]);
  });

  test('every problem of the sheet is named with its row', () => {
    const read = readTemplate(
      grid([
        ['Код', 'Показатель', 'Тип ответа'],
        ['1', 'Первый', 'да/нет/частично'],
        ['1', 'Повтор', null],
        [null, 'Без кода', null],
        ['3', null, 'число'],
        ['4', 'Странный тип', 'процент'],
      ]),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toContain('строка 3: код 1 уже есть в строке 2');
    expect(read.message).toContain('строка 4: не указан код показателя');
    expect(read.message).toContain('строка 5: у показателя 3 нет формулировки');
    expect(read.message).toContain('строка 6: неизвестный тип ответа «процент»');
  });

  test('no header, no indicators: a Russian message each', () => {
    expect(readTemplate(grid([['просто текст']]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('строка заголовков'),
    });
    expect(readTemplate(grid([['Код', 'Показатель']]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('нет ни одного показателя'),
    });
  });
});

test.each([
  ['да/нет/частично', 'choice'],
  ['Да, нет', 'choice'],
  ['', 'choice'],
  ['Дата', 'date'],
  ['дата приказа', 'date'],
  ['Число', 'number'],
  ['ссылка', 'link'],
  ['процент', null],
])('answer type %j → %s', (text, type) => {
  expect(parseAnswerType(text)).toBe(type);
});
