/**
 * The entries of the collect folder that are not read — a link, a sub-folder, Excel's lock file,
 * a non-.xlsx file — are listed with a Russian reason; the books themselves are left out silently.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schoolFilesIn, skippedEntriesIn } from '../../cli/commands/checklists-collect';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oko-skipped-'));
  for (const name of ['101.xlsx', '102.xlsx', '~$101.xlsx', 'notes.txt', 'Свод.xlsx', 'Свод.bak.xlsx'])
    writeFileSync(join(dir, name), 'x');
  mkdirSync(join(dir, 'архив'));
  writeFileSync(join(dir, 'архив', '103.xlsx'), 'x');
  symlinkSync(join(dir, '102.xlsx'), join(dir, '104.xlsx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const books = (): string[] => [join(dir, 'Свод.xlsx'), join(dir, 'Свод.bak.xlsx')];

test('school files are still read: only plain .xlsx files, without the books', () => {
  expect(schoolFilesIn(dir, books())).toEqual([join(dir, '101.xlsx'), join(dir, '102.xlsx')]);
});

test('every other entry is listed with its Russian reason, the books are not', () => {
  const skipped = skippedEntriesIn(dir, books());
  expect(skipped.map((f) => f.name).sort()).toEqual(['104.xlsx', 'notes.txt', '~$101.xlsx', 'архив'].sort());
  const reason = (name: string): string => skipped.find((f) => f.name === name)?.unreadable ?? '';
  expect(reason('104.xlsx')).toMatch(/ссылка/);
  expect(reason('архив')).toMatch(/вложенная папка/);
  expect(reason('~$101.xlsx')).toMatch(/Служебный файл Excel/);
  expect(reason('notes.txt')).toMatch(/не \.xlsx/);
  for (const f of skipped) expect(f.modified).toMatch(/^\d{4}-\d\d-\d\dT/);
});
