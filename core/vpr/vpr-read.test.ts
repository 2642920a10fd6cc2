import type { CellValue, Grid } from '../grid/grid';
import { readSources } from './read-sources';
import { readResultTable } from './vpr-read';

const HEADER = ['Логин ОО', 'Наименование ОО', 'Код участника', 'Класс', 'Вариант', '1 (1б)', '2 (2б)', '3 (2б)'];
const grid = (rows: CellValue[][], sheet = 'Лист1'): Grid => ({ sheet, values: rows, merges: [] });

describe('readResultTable', () => {
  const rows: CellValue[][] = [
    ['ВПР 2025. Математика, 5 класс'],
    [],
    [...HEADER, 'Первичный балл', 'Отметка', 'Отметка по журналу'],
    ['sch1', 'Школа 1', 501, '5А', 1, 1, 'X', 2, 3, '3', 4],
    ['sch1', 'Школа 1', 502, '5 Б', 2, '-', 1, null, 1, 2, '5'],
    ['sch1', 'Школа 1', 503, '5А', 'отсутствовал'],
    ['sch2', 'Школа 2', 504, '5', 1, 1, 2, 2, '5', 5, null],
    ['Итого'],
  ];
  it('reads participants, «X»/«-»/empty as 0, the absent apart', () => {
    const r = readResultTable(grid(rows), 'results.xlsx');
    if (!r.ok) throw new Error(r.message);
    const t = r.table;
    expect({ subject: t.subject, grade: t.grade, year: t.year, maxScore: t.maxScore }).toEqual({
      subject: 'Математика',
      grade: 5,
      year: 2025,
      maxScore: 5,
    });
    expect(t.pupils.map((p) => [p.login, p.code, p.points, p.score, p.completion, p.mark, p.journal])).toEqual([
      ['sch1', '501', [1, 0, 2], 3, 60, 3, 4],
      ['sch1', '502', [0, 1, 0], 1, 20, 2, 5],
      ['sch2', '504', [1, 2, 2], 5, 100, 5, null],
    ]);
    expect(t.absent).toEqual(['sch1']);
    expect(r.warnings).toEqual([]);
  });
  it('takes subject, class and year from the file name, the class from «Класс» cells', () => {
    const r = readResultTable(grid(rows.slice(2)), 'ВПР 2024 Русский язык.xlsx');
    expect(r.ok && [r.table.subject, r.table.grade, r.table.year]).toEqual(['Русский язык', 5, 2024]);
  });
  it('names a missing column in one Russian line', () => {
    const r = readResultTable(
      grid([['ВПР 2025 Математика 5 класс'], HEADER, ['sch1', 'Ш', 1, '5', 1, 1, 1, 1]]),
      'a.xlsx',
    );
    expect(r).toEqual({ ok: false, message: 'a.xlsx: нет столбца «Первичный балл» — файл не анализируется.' });
  });
  it('says when the year is unknown', () => {
    const r = readResultTable(grid(rows.slice(2)), 'Математика.xlsx');
    expect(!r.ok && r.message).toContain('не удалось определить год');
  });
  it('warns about a file without the journal mark', () => {
    const r = readResultTable(
      grid([rows[0] ?? [], [...HEADER, 'Первичный балл', 'Отметка'], ['sch1', 'Ш', 1, '5', 1, 1, 1, 1, 3, 3]]),
      'b.xlsx',
    );
    expect(r.ok && r.warnings).toEqual([expect.stringContaining('нет столбца «Отметка по журналу»')]);
  });
});

describe('readSources', () => {
  it('analyses the readable files, names the others, counts a pupil loaded twice once', () => {
    const good: CellValue[][] = [
      ['ВПР 2025 Математика 5 класс'],
      [...HEADER, 'Первичный балл'],
      ['sch1', 'Школа 1', 501, '5А', 1, 1, 1, 1, 3],
    ];
    const read = readSources([
      { name: 'a.xlsx', grids: [grid(good)] },
      { name: 'a (1).xlsx', grids: [grid(good)] },
      { name: 'notes.xlsx', grids: [grid([['Просто заметки']])] },
    ]);
    expect(read.tables.map((t) => t.pupils.length)).toEqual([1]);
    expect(read.unreadable).toBe(1);
    expect(read.messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('notes.xlsx: не найдена таблица результатов ВПР'),
        expect.stringContaining('a (1).xlsx: 1 участник уже загружены'),
      ]),
    );
  });
});
