/** Tables of a Word plan into the grid model: merges, line breaks, the title above, continuations. */
import { importDocx, importChanges, importSheetNames } from '../../core/docx/docx-import';
import { documentXml, p, tbl, tr } from '../helpers/docx-xml';

const read = (blocks: string[]) => {
  const r = importDocx({ document: documentXml(blocks), numbering: null, styles: null }, 'план.docx');
  if (!r.ok) throw new Error(r.message);
  return r;
};

const HEADER = tr(['№', 'Мероприятие', 'Сроки', 'Ответственные'], true);

test('gridSpan and vMerge become merged ranges with the text in the top-left cell', () => {
  const r = read([
    tbl(
      [500, 4000, 1500, 2000],
      [
        HEADER,
        tr([{ paras: [p('Раздел')], span: 4 }]),
        tr(['1', 'Совещание', { paras: [p('Май 2022')], vMerge: 'restart' }, { paras: [p('УО')], vMerge: 'restart' }]),
        tr(['2', 'Семинар', { vMerge: 'continue' }, { vMerge: 'continue' }]),
        tr(['3', 'Мониторинг', { vMerge: 'continue' }, 'ЦРО']),
      ],
    ),
  ]);
  expect(r.plan.rows).toEqual([
    ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
    ['Раздел', '', '', ''],
    ['1', 'Совещание', 'Май 2022', 'УО'],
    ['2', 'Семинар', '', ''],
    ['3', 'Мониторинг', '', 'ЦРО'],
  ]);
  expect(r.plan.merges).toEqual([
    { row: 2, col: 1, rows: 1, cols: 4 },
    { row: 3, col: 3, rows: 3, cols: 1 },
    { row: 3, col: 4, rows: 2, cols: 1 },
  ]);
  expect(r.plan.widths).toEqual([5, 38, 14, 19]);
});

test('the paragraphs of a cell are joined with line breaks, a w:br too; gridBefore shifts the row', () => {
  const r = read([
    tbl(
      [500, 3000, 3000],
      [
        tr(['№', 'Мероприятие', 'Ответственные']),
        tr(['1', { paras: [p('Первая строка'), p({ lines: ['вторая', 'третья'] })] }, 'УО']),
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${'<w:tc><w:p><w:r><w:t>Итог</w:t></w:r></w:p></w:tc>'}</w:tr>`,
      ],
    ),
  ]);
  expect(r.plan.rows[1]).toEqual(['1', 'Первая строка\nвторая\nтретья', 'УО']);
  expect(r.plan.rows[2]).toEqual(['', 'Итог', '']);
});

test('the order and title above the table become single-cell rows; blank paragraphs collapse', () => {
  const r = read([
    p(''),
    p('УТВЕРЖДАЮ'),
    p(''),
    p(''),
    p('План мероприятий на 2021-2022 учебный год'),
    tbl([500, 4000], [tr(['№', 'Мероприятие']), tr(['1.', 'Совещание'])]),
  ]);
  expect(r.plan.rows.map((row) => row[0])).toEqual([
    'УТВЕРЖДАЮ',
    '',
    'План мероприятий на 2021-2022 учебный год',
    '№',
    '1.',
  ]);
  expect(r.plan.tableRow).toBe(4);
  expect(r.plan.merges).toEqual([
    { row: 1, col: 1, rows: 1, cols: 2 },
    { row: 3, col: 1, rows: 1, cols: 2 },
  ]);
});

test('a plan split into two tables: the continuation is appended, its repeated header read once', () => {
  const r = read([
    tbl([500, 4000, 1500, 2000], [HEADER, tr(['1', 'А', 'май', 'УО'])]),
    p(''),
    tbl(
      [500, 4000, 1500, 2000],
      [
        HEADER,
        tr(['2', 'Б', { paras: [p('июнь')], vMerge: 'restart' }, 'УО']),
        tr(['3', 'В', { vMerge: 'continue' }, 'ЦРО']),
      ],
    ),
  ]);
  expect(r.plan.rows.map((row) => row[1])).toEqual(['Мероприятие', 'А', 'Б', 'В']);
  expect(r.plan.merges).toEqual([{ row: 3, col: 3, rows: 2, cols: 1 }]);
  expect(r.others).toEqual([]);
  expect(r.tables).toBe(2);
});

test('a continuation without a repeated header but with the same column widths is appended too', () => {
  const r = read([tbl([500, 4000], [tr(['№', 'Мероприятие']), tr(['1', 'А'])]), tbl([500, 4000], [tr(['2', 'Б'])])]);
  expect(r.plan.rows).toEqual([
    ['№', 'Мероприятие'],
    ['1', 'А'],
    ['2', 'Б'],
  ]);
});

test('other tables (the order’s signature block) get their own sheets; the biggest table is the plan', () => {
  const r = read([
    tbl([3000, 3000], [tr(['СОГЛАСОВАНО', 'УТВЕРЖДАЮ'])]),
    p('План'),
    tbl([500, 4000, 1500], [tr(['№', 'Мероприятие', 'Сроки']), tr(['1', 'А', 'май']), tr(['2', 'Б', 'июнь'])]),
    p('Лист ознакомления'),
    tbl([3000, 2000], [tr(['ФИО', 'Подпись']), tr(['Иванов', ''])]),
  ]);
  expect(r.plan.rows[0]?.[0]).toBe('План');
  expect(r.plan.rows).toHaveLength(4);
  expect(r.others.map((o) => o.rows[0])).toEqual([
    ['СОГЛАСОВАНО', 'УТВЕРЖДАЮ'],
    ['ФИО', 'Подпись'],
  ]);
  const names = importSheetNames(r.others.length, ['План из Word', 'Лист1']);
  expect(names).toEqual({ plan: 'План из Word (2)', others: ['Таблица 2 из Word', 'Таблица 3 из Word'] });
  const changes = importChanges(r.plan, names.plan, []);
  expect(changes[0]).toMatchObject({ kind: 'sheet', name: 'План из Word (2)', wrapCols: [1, 2, 3] });
  expect(changes[0]?.rows[1]).toEqual(['№', 'Мероприятие', 'Сроки']);
});

test('deleted text is not read, inserted text is; content controls around rows are looked through', () => {
  const row =
    '<w:sdt><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p>' +
    '<w:del><w:r><w:delText>старое </w:delText></w:r></w:del><w:ins><w:r><w:t>новое</w:t></w:r></w:ins>' +
    '</w:p></w:tc></w:tr></w:sdtContent></w:sdt>';
  const r = read([tbl([500, 4000], [tr(['№', 'Мероприятие']), row])]);
  expect(r.plan.rows[1]).toEqual(['1', 'новое']);
});

test('no table, a broken part, not a Word document: one Russian message each', () => {
  const none = importDocx({ document: documentXml([p('Приказ')]), numbering: null, styles: null }, 'приказ.docx');
  expect(none).toEqual({ ok: false, message: expect.stringMatching(/нет ни одной таблицы/) });
  const broken = importDocx({ document: '<w:document><w:body>', numbering: null, styles: null }, 'а.docx');
  expect(broken).toEqual({ ok: false, message: expect.stringMatching(/повреждён/) });
  const foreign = importDocx({ document: '<html/>', numbering: null, styles: null }, 'а.docx');
  expect(foreign).toEqual({ ok: false, message: expect.stringMatching(/не документ Word/) });
});
