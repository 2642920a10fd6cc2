import type { CellValue, Grid } from '../grid/grid';
import { readRegistry, registrySheet } from './registry';

const grid = (values: CellValue[][]): Grid => ({ sheet: 'Школы', values, merges: [] });

test('the header is found by names below a title; codes as text, numbers included', () => {
  const read = readRegistry(
    grid([
      ['Реестр образовательных организаций'],
      [],
      [
        'Код ОО',
        'Наименование ОО',
        'Ответственный (ФИО)',
        'Электронная почта',
        'Ссылка на файл',
        'Статус',
        'Дата сдачи',
      ],
      [101, 'МБОУ СОШ № 1', 'Иванова', 'a@b.ru', null, 'Принят', { date: '2025-05-20' }],
      [' 102 ', 'МБОУ СОШ № 2'],
      [],
      ['Примечание: школы 103–105 закрыты'],
    ]),
  );
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  const r = read.registry;
  expect(r.headerRow).toBe(3);
  expect(r.cols).toEqual({ code: 1, name: 2, responsible: 3, email: 4, link: 5, status: 6, date: 7 });
  expect(r.schools.map((s) => [s.row, s.code, s.name, s.status, s.date])).toEqual([
    [4, '101', 'МБОУ СОШ № 1', 'Принят', { date: '2025-05-20' }],
    [5, '102', 'МБОУ СОШ № 2', '', null],
  ]);
  expect(r.warnings).toEqual([
    'Лист «Школы», строка 7: у кода «Примечание: школы 103–105 закрыты» нет наименования школы; строка пропущена.',
  ]);
});

test('a duplicate code is skipped with a warning naming both rows', () => {
  const read = readRegistry(
    grid([
      ['Код', 'Школа'],
      ['1', 'А'],
      ['1', 'Б'],
    ]),
  );
  expect(read.ok && read.registry.schools.map((s) => s.name)).toEqual(['А']);
  expect(read.ok && read.registry.warnings).toEqual([
    'Лист «Школы», строка 3: код «1» уже есть в строке 2; строка пропущена.',
  ]);
});

test('status and date columns may be missing; a header only is refused', () => {
  const read = readRegistry(
    grid([
      ['Код ОО', 'Наименование', 'E-mail'],
      ['1', 'А', 'a@b'],
    ]),
  );
  expect(read.ok && read.registry.cols).toEqual({ code: 1, name: 2, email: 3 });
  expect(read.ok && read.registry.lastCol).toBe(3);
  const empty = registrySheet();
  expect(readRegistry(grid(empty.rows.map((r) => [...r] as CellValue[])))).toMatchObject({
    ok: false,
    message: expect.stringContaining('нет ни одной школы'),
  });
  expect(readRegistry(grid([['что-то']]))).toMatchObject({ ok: false, message: expect.stringContaining('Код ОО') });
});
