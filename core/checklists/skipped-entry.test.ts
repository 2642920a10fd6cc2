import { isOfficeLockFile, skippedNameReason } from './skipped-entry';

test('Excel lock files are recognised by their ~$ prefix only', () => {
  expect(isOfficeLockFile('~$101.xlsx')).toBe(true);
  expect(isOfficeLockFile('101~$.xlsx')).toBe(false);
});

test.each([
  ['~$101.xlsx', /Служебный файл Excel/],
  ['101.xls', /не \.xlsx/],
  ['101.ods', /не \.xlsx/],
  ['ответы.csv', /не \.xlsx/],
])('%s is not read: %s', (name, reason) => {
  expect(skippedNameReason(name)).toMatch(reason);
});

test.each(['101.xlsx', '101.XLSX', 'СОШ 5.xlsx'])('%s is read', (name) => {
  expect(skippedNameReason(name)).toBeNull();
});
