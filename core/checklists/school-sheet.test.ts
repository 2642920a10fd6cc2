import { DEFAULT_INDICATORS } from './default-template';
import { readMeta } from './school-file';
import { makeSchoolSheet, schoolFileName } from './school-sheet';
import { makeTemplate } from './template';

const template = makeTemplate('CL-TEST', DEFAULT_INDICATORS);

test('the contract layout: header, one indicator a row from row 2, C:D editable, typed validations', () => {
  const spec = makeSchoolSheet(template, { code: '101', name: 'МБОУ СОШ № 1' });
  expect(spec.fileName).toBe('101.xlsx');
  expect(spec.title).toBe('Чек-лист ОКО: МБОУ СОШ № 1');
  const [sheet, meta] = spec.sheets;
  expect(sheet?.name).toBe('Чек-лист');
  expect(sheet?.rows[0]).toEqual(['Код', 'Показатель', 'Ответ', 'Комментарий / ссылка']);
  expect(sheet?.rows.slice(1)).toEqual(DEFAULT_INDICATORS.map((i) => [i.id, i.text, null, null]));
  expect(sheet?.editable).toEqual({ row: 2, col: 3, rows: DEFAULT_INDICATORS.length, cols: 2 });
  expect(sheet?.validations.map((v) => [v.row, v.col, v.type, v.options.join(',')])).toEqual(
    DEFAULT_INDICATORS.map((i, k) => [k + 2, 3, i.type, i.type === 'choice' ? 'Да,Нет,Частично' : '']),
  );
  expect(sheet?.notes.every((n) => n.col === 2 && n.text !== '')).toBe(true);
  expect(meta?.name).toBe('_oko');
  expect(meta?.visibility).toBe('veryHidden');
  expect(meta?.editable).toBeNull();
  expect(readMeta({ sheet: '_oko', values: meta?.rows ?? [], merges: [] })).toEqual({
    templateId: 'CL-TEST',
    version: template.version,
    date: null,
    code: '101',
  });
  const dated = makeSchoolSheet({ ...template, date: '2026-12-03' }, { code: '101', name: '' }).sheets[1];
  expect(readMeta({ sheet: '_oko', values: dated?.rows ?? [], merges: [] }).date).toBe('2026-12-03');
});

test.each([
  ['101', '101.xlsx'],
  ['ОО-12', 'ОО-12.xlsx'],
  ['12/3', '12_3.xlsx'],
  ['a:b*c?', 'a_b_c_.xlsx'],
  ['код.', 'код.xlsx'],
])('file name of code %j is %j', (code, name) => {
  expect(schoolFileName(code)).toBe(name);
});
