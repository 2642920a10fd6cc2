import { answer, schoolFile } from '../../test/checklists/school-file-builder';
import type { Grid } from '../grid/grid';
import { DEFAULT_INDICATORS } from './default-template';
import { readRegistry } from './registry';
import type { ReceivedFile } from './school-file';
import { makeSchoolSheet } from './school-sheet';
import { isNewer, mergeFiles } from './submission-merge';
import { makeTemplate } from './template';

const template = makeTemplate('CL-TEST', DEFAULT_INDICATORS);
const grid: Grid = {
  sheet: 'Школы',
  values: [
    ['Код ОО', 'Наименование'],
    ['101', 'А'],
    ['102', 'Б'],
    ['103', 'В'],
  ],
  merges: [],
};
const read = readRegistry(grid);
if (!read.ok) throw new Error(read.message);
const registry = read.registry;
const spec = (code: string) => makeSchoolSheet(template, { code, name: code });
const filled = (code: string, name: string, modified: string, choice: string): ReceivedFile =>
  schoolFile(
    spec(code),
    modified,
    (c) =>
      answer(
        c,
        DEFAULT_INDICATORS.map((i) => (i.type === 'choice' ? choice : null)),
      ),
    name,
  );

test('newer is the later «modified»; on a tie the later name; offsets are compared as instants', () => {
  expect(
    isNewer({ file: 'a', modified: '2025-05-20T10:00:00+03:00' }, { file: 'b', modified: '2025-05-20T08:00:00Z' }),
  ).toBe(false);
  expect(
    isNewer({ file: 'a', modified: '2025-05-20T10:00:00+03:00' }, { file: 'b', modified: '2025-05-20T06:59:59Z' }),
  ).toBe(true);
  expect(
    isNewer({ file: 'b', modified: '2025-05-20T10:00:00Z' }, { file: 'a', modified: '2025-05-20T10:00:00Z' }),
  ).toBe(true);
  expect(isNewer({ file: 'a', modified: 'не дата' }, { file: 'b', modified: '2025-05-20T10:00:00Z' })).toBe(false);
});

describe('mergeFiles', () => {
  const files: ReceivedFile[] = [
    filled('101', '101.xlsx', '2025-05-10T10:00:00+03:00', 'Нет'),
    filled('101', '101 (2).xlsx', '2025-05-12T10:00:00+03:00', 'Да'),
    filled('102', '102.xlsx', '2025-05-11T10:00:00+03:00', 'Частично'),
    { name: '102 (2).xlsx', modified: '2025-05-13T10:00:00+03:00', unreadable: 'не является книгой Excel' },
    { name: 'письмо.xlsx', modified: '2025-05-13T10:00:00+03:00', unreadable: 'не является книгой Excel' },
  ];

  test('the newest valid file of a school wins; older ones are superseded; order of input does not matter', () => {
    const m = mergeFiles(files, template, registry);
    expect(mergeFiles([...files].reverse(), template, registry)).toEqual(m);
    const [a, b, c] = m.schools;
    expect([a?.submission?.file, a?.superseded, a?.newestRejected]).toEqual(['101 (2).xlsx', ['101.xlsx'], false]);
    expect(a?.submission?.answers[0]).toBe('Да');
    expect([b?.submission?.file, b?.superseded, b?.newestRejected]).toEqual(['102.xlsx', [], true]);
    expect([c?.submission, c?.newestRejected]).toEqual([null, false]);
    expect(m.quarantine.map((q) => [q.file, q.code])).toEqual([
      ['102 (2).xlsx', '102'],
      ['письмо.xlsx', null],
    ]);
    expect(m.files).toBe(5);
  });

  test('an older broken file does not hide a newer good one', () => {
    const m = mergeFiles(
      [
        { name: '103.xlsx', modified: '2025-05-01T00:00:00Z', unreadable: 'x' },
        filled('103', '103 (1).xlsx', '2025-05-02T00:00:00Z', 'Да'),
      ],
      template,
      registry,
    );
    expect(m.schools[2]).toMatchObject({ newestRejected: false, submission: { file: '103 (1).xlsx' } });
  });
});
