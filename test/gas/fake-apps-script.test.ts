/** The fake is only worth its tests if it refuses what Apps Script refuses and parses what it parses. */
import { createAppsScript } from './fake-apps-script';
import { conditionalFill, FakeConditionalRuleBuilder, FakeDataValidationBuilder } from './fake-rules';
import { PROTECTED } from './fake-sheet';

function book() {
  const fake = createAppsScript();
  const sheet = fake.book.addSheet('Лист1', [
    ['a', 1],
    ['b', 2],
  ]);
  return { fake, sheet };
}

test('setValues, setBackgrounds and setNotes throw when the array does not match the range', () => {
  const { sheet } = book();
  expect(() => sheet.getRange(1, 1, 2, 2).setValues([['x', 'y']])).toThrow(
    'The number of rows in the data does not match',
  );
  expect(() => sheet.getRange(1, 1, 2, 2).setBackgrounds([['#fff'], ['#fff']])).toThrow('number of columns');
  expect(() => sheet.getRange(1, 1, 1, 1).setNotes('x')).toThrow('number of rows');
});

test('reads come back as Apps Script gives them', () => {
  const { sheet } = book();
  const range = sheet.getRange(1, 1, 3, 3);
  expect(range.getValues()).toEqual([
    ['a', 1, ''],
    ['b', 2, ''],
    ['', '', ''],
  ]);
  expect(range.getBackgrounds()[0]).toEqual(['#ffffff', '#ffffff', '#ffffff']);
  expect(range.getNotes()[2]).toEqual(['', '', '']);
  sheet.getRange(1, 1).setBackground('#F4CCCC');
  expect(sheet.getRange(1, 1).getBackground()).toBe('#f4cccc');
  sheet.getRange(1, 1).setBackground(null);
  expect(sheet.getRange(1, 1).getBackground()).toBe('#ffffff');
});

test('written strings are parsed like typed input; an apostrophe keeps text', () => {
  const { sheet } = book();
  const range = sheet.getRange(1, 1, 1, 6);
  range.setValues([['2021', '=1+1', '21.06.2021', 'апрель 2022', "'=1+1", '- пункт']]);
  const [line = []] = range.getValues();
  expect(line.slice(0, 2)).toEqual([2021, 2]);
  expect(Object.prototype.toString.call(line[2])).toBe('[object Date]');
  expect(range.getDisplayValues()[0]?.slice(2, 4)).toEqual(['21.06.2021', '01.04.2022']);
  expect(line[4]).toBe('=1+1');
  expect(line[5]).toBe('#NAME?');
  expect(range.getFormulas()[0]).toEqual(['', '=1+1', '', '', '', '=- пункт']);
});

test('a new sheet is 1000×26 and active; writing past it throws', () => {
  const { fake } = book();
  const sheet = fake.book.insertSheet('Новый');
  expect(fake.book.getActiveSheet().getName()).toBe('Новый');
  expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions');
  sheet.insertRowsAfter(1000, 5);
  expect(() => sheet.getRange(1005, 1).setValue('x')).not.toThrow();
});

test('protected cells refuse writes unless the user may edit them; every call is recorded', () => {
  const { fake, sheet } = book();
  sheet.getRange('B1:B2').protect().denyCurrentUser();
  expect(() =>
    sheet.getRange(1, 1, 2, 2).setBackgrounds([
      ['#fff', '#fff'],
      ['#fff', '#fff'],
    ]),
  ).toThrow(PROTECTED);
  expect(() => sheet.getRange(1, 1).setValue('ok')).not.toThrow();
  expect(fake.log.count('setValues', 'Лист1')).toBe(1);
  expect(fake.log.count('setBackgrounds')).toBe(0);
});

test('inserting a row shifts values, fills, notes and merges', () => {
  const { sheet } = book();
  sheet.getRange(2, 1).setNote('заметка');
  sheet.getRange(2, 2).setBackground('#00ff00');
  sheet.getRange(2, 1, 1, 2).merge();
  sheet.insertRowBefore(1);
  expect(sheet.getRange(3, 1).getNote()).toBe('заметка');
  expect(sheet.getRange(3, 2).getBackground()).toBe('#00ff00');
  expect(sheet.getRange(3, 1).getValue()).toBe('b');
  expect(
    sheet
      .getDataRange()
      .getMergedRanges()
      .map((r) => r.getA1Notation()),
  ).toEqual(['A3:B3']);
});

test('properties are capped at 9 KB a value', () => {
  const { fake } = book();
  const props = fake.globals.PropertiesService as {
    getScriptProperties(): { setProperty(k: string, v: string): unknown };
  };
  expect(() => props.getScriptProperties().setProperty('k', 'x'.repeat(10000))).toThrow('Argument too large');
});

test('dropdowns and number formats are range-level; inserted rows move conditional rules and grow them', () => {
  const { fake, sheet } = book();
  const rule = new FakeDataValidationBuilder().requireValueInList(['Да', 'Нет'], true).setAllowInvalid(false).build();
  sheet.getRange('B1:B2').setDataValidation(rule);
  sheet.getRange('B1:B2').setNumberFormat('dd.mm.yyyy');
  expect(fake.log.count('setDataValidation')).toBe(1);
  expect(sheet.getRange('B1:B3').getDataValidations().flat()).toEqual([rule, rule, null]);
  expect(sheet.getRange('B1:B3').getNumberFormats().flat()).toEqual(['dd.mm.yyyy', 'dd.mm.yyyy', 'General']);
  expect(() => new FakeDataValidationBuilder().requireValueInList('Да', true)).toThrow('Invalid argument');

  const red = new FakeConditionalRuleBuilder()
    .whenTextStartsWith('b')
    .setBackground('#F4CCCC')
    .setRanges([sheet.getRange('A1:A2')])
    .build();
  sheet.setConditionalFormatRules([red]);
  expect(conditionalFill(sheet, 2, 1)).toBe('#f4cccc');
  expect(conditionalFill(sheet, 1, 1)).toBeNull();
  sheet.insertRowBefore(2);
  expect(
    sheet
      .getConditionalFormatRules()[0]
      ?.getRanges()
      .map((r) => r.getA1Notation()),
  ).toEqual(['A1:A3']);
  expect(sheet.getRange('B3').getDataValidations()[0]?.[0]).toBe(rule);
  const other = fake.book.addSheet('Другой');
  const elsewhere = new FakeConditionalRuleBuilder()
    .whenTextContains('x')
    .setBackground('#ffffff')
    .setRanges([other.getRange('A1')])
    .build();
  expect(() => sheet.setConditionalFormatRules([elsewhere])).toThrow('must be on the sheet');
  expect(() => new FakeConditionalRuleBuilder().whenTextStartsWith('x').build()).toThrow('at least one range');
});

test('clock triggers need a schedule and are capped at 20; mail refuses past the quota and bad addresses', () => {
  const { fake } = book();
  expect(() => fake.script.newTrigger('f').timeBased().atHour(8).create()).toThrow('schedule');
  for (let i = 0; i < 20; i++) fake.script.newTrigger('f').timeBased().everyDays(1).create();
  expect(() => fake.script.newTrigger('f').timeBased().everyDays(1).create()).toThrow('too many triggers');
  const [first] = fake.script.getProjectTriggers();
  if (first) fake.script.deleteTrigger(first);
  expect(fake.script.triggers).toHaveLength(19);

  fake.mail.quota = 1;
  expect(() => fake.mail.sendEmail('нет адреса', 'тема', 'текст')).toThrow('Invalid email');
  fake.mail.sendEmail('a@b.ru', 'тема', 'текст');
  expect(fake.mail.getRemainingDailyQuota()).toBe(0);
  expect(() => fake.mail.sendEmail('c@d.ru', 'тема', 'текст')).toThrow('too many times for one day');
  expect(fake.mail.sent.map((m) => m.to)).toEqual(['a@b.ru']);
});
