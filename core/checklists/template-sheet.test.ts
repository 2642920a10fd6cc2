import { plainValue, type SheetChange } from '../changes/change-set';
import type { CellValue, Grid } from '../grid/grid';
import { DEFAULT_INDICATORS } from './default-template';
import { FALLBACK_TEMPLATE_ID, makeTemplate, versionName } from './template';
import { readTemplateMeta, templateMetaSheet } from './template-meta';
import { parseAnswerType, readTemplate, templateSheet } from './template-sheet';

const grid = (values: CellValue[][]): Grid => ({ sheet: 'Чек-лист', values, merges: [] });
const asGrid = (c: SheetChange): Grid => grid(c.rows.map((r) => r.map((v) => plainValue(v))));

describe('readTemplate', () => {
  test('reads back the sheets «Подготовить книгу» writes: same id, same version, same date', () => {
    const t = makeTemplate('CL-0A1B2C3D', DEFAULT_INDICATORS, '2026-12-03');
    const sheet = templateSheet(t);
    expect(sheet.rows[0]?.slice(0, 2)).toEqual(['Шаблон чек-листа', 'версия от 03.12.2026']);
    const meta = readTemplateMeta(templateMetaSheet(t).rows.map((r) => r.map((v) => plainValue(v))));
    expect(readTemplate(asGrid(sheet), meta)).toEqual({ ok: true, template: t });
  });

  test('indicators edited since the date was stored: the same id, the date dropped («версия без даты»)', () => {
    const t = makeTemplate('CL-0A1B2C3D', DEFAULT_INDICATORS, '2026-12-03');
    const meta = readTemplateMeta(templateMetaSheet(t).rows.map((r) => r.map((v) => plainValue(v))));
    const edited = asGrid(templateSheet(makeTemplate('x', DEFAULT_INDICATORS.slice(1))));
    const read = readTemplate(edited, meta);
    expect(read.ok && [read.template.id, read.template.date]).toEqual(['CL-0A1B2C3D', null]);
    expect(versionName(null)).toBe('версия без даты');
  });

  test('an old book: the id on the «Шаблон чек-листа» line, no hidden sheet, no date', () => {
    const rows = asGrid(templateSheet(makeTemplate('x', DEFAULT_INDICATORS))).values.map((r) => [...r]);
    const first = rows[0];
    if (first) first[1] = 'CL-0A1B2C3D';
    const read = readTemplate(grid(rows), readTemplateMeta(null));
    expect(read.ok && [read.template.id, read.template.date]).toEqual(['CL-0A1B2C3D', null]);
    // A new book whose hidden sheet was lost: the caption is not taken for an id.
    const lost = readTemplate(asGrid(templateSheet(makeTemplate('CL-1', DEFAULT_INDICATORS, '2026-12-03'))));
    expect(lost.ok && lost.template.id).toBe(FALLBACK_TEMPLATE_ID);
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
