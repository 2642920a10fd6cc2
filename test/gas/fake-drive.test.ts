/** The fake's Drive, sharing and protection behave as Google's do where checklists depend on it. */
import { createAppsScript, type FakeSpreadsheet } from './fake-apps-script';
import { PROTECTED } from './fake-sheet';

interface Api {
  Files: {
    create(r: unknown): { id: string };
    get(id: string, o?: unknown): Record<string, unknown>;
    list(o: unknown): { files: { id: string }[] };
  };
  Permissions: { create(r: unknown, id: string, o?: unknown): unknown };
}
interface App {
  create(name: string): FakeSpreadsheet;
  openById(id: string): FakeSpreadsheet;
}

function setup(): { fake: ReturnType<typeof createAppsScript>; drive: Api; sheets: App } {
  const fake = createAppsScript();
  return { fake, drive: fake.globals['Drive'] as Api, sheets: fake.globals['SpreadsheetApp'] as App };
}

const writer = { role: 'writer', type: 'user', emailAddress: 'school@edu.example' };

test("a sheet protection lets the file's editors through until its editors are set; then only the owner", () => {
  const { fake, drive, sheets } = setup();
  const { id } = drive.Files.create({ name: 'Файл школы', mimeType: 'application/vnd.google-apps.spreadsheet' });
  drive.Permissions.create(writer, id, { sendNotificationEmail: false });
  const ss = sheets.openById(id);
  const sheet = ss.sheet('Лист1');
  const p = sheet.protect();
  p.setUnprotectedRanges([sheet.getRange('C2:D5')]);
  fake.as('school@edu.example', () => expect(() => sheet.getRange('A1').setValue('x')).not.toThrow());
  expect(p.getEditors().map((u) => u.getEmail())).toEqual(['metodist@example.org', 'school@edu.example']);
  p.removeEditors(p.getEditors());
  expect(p.getEditors().map((u) => u.getEmail())).toEqual(['metodist@example.org']);
  fake.as('school@edu.example', () => {
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(PROTECTED);
    expect(() => sheet.getRange('C2:D2').setValues([['Да', 'ок']])).not.toThrow();
  });
  expect(() => fake.as('other@edu.example', () => sheets.openById(id))).toThrow(/openById/);
});

test('sharing by the API e-mails the person unless told not to; an address without Google needs the e-mail', () => {
  const { fake, drive } = setup();
  const { id } = drive.Files.create({ name: 'Ф', mimeType: 'application/vnd.google-apps.spreadsheet' });
  drive.Permissions.create({ ...writer, emailAddress: 'a@edu.example' }, id);
  drive.Permissions.create({ ...writer, emailAddress: 'b@edu.example' }, id, { sendNotificationEmail: false });
  fake.drive.withoutGoogle.add('c@mail.example');
  expect(() =>
    drive.Permissions.create({ ...writer, emailAddress: 'c@mail.example' }, id, { sendNotificationEmail: false }),
  ).toThrow(/Notify people/);
  expect(fake.drive.items.get(id)?.grants.map((g) => [g.email, g.notified])).toEqual([
    ['a@edu.example', true],
    ['b@edu.example', false],
  ]);
});

test('with drive.file the API sees only what the script made; «last updated» moves on writes only', () => {
  const { fake, drive, sheets } = setup();
  expect(() => drive.Files.get('fake-spreadsheet-id')).toThrow(/File not found/);
  const folder = drive.Files.create({ name: 'Папка', mimeType: 'application/vnd.google-apps.folder' });
  expect(
    drive.Files.list({
      q: "name = 'Папка' and mimeType = 'application/vnd.google-apps.folder' and 'root' in parents and trashed = false",
    }).files,
  ).toEqual([{ id: folder.id, name: 'Папка' }]);
  const ss = sheets.create('Новая');
  const at = fake.clock.now;
  fake.clock.advance(60000);
  ss.sheet('Лист1').getRange('A1').getValues();
  expect(drive.Files.get(ss.getId(), { fields: 'modifiedTime' })).toEqual({ modifiedTime: new Date(at).toISOString() });
  ss.sheet('Лист1').getRange('A1').setValue('x');
  expect(drive.Files.get(ss.getId(), { fields: 'modifiedTime' })).toEqual({
    modifiedTime: new Date(at + 60000).toISOString(),
  });
});

test('a plain-text cell keeps what is typed; other cells parse it like Sheets', () => {
  const { sheets } = setup();
  const sheet = sheets.create('Т').sheet('Лист1');
  sheet.getRange('D1').setNumberFormat('@');
  sheet.getRange('C1:D1').setValues([['=1+1', '=1+1']]);
  expect([
    sheet.peek(1, 3)?.value,
    sheet.peek(1, 3)?.formula,
    sheet.peek(1, 4)?.value,
    sheet.peek(1, 4)?.formula,
  ]).toEqual([2, '=1+1', '=1+1', '']);
});

test('document properties: 9 KB a value, 500 KB in all, as Apps Script', () => {
  const { fake } = setup();
  const props = fake.documentProperties;
  expect(() => props.setProperties({ a: 'x'.repeat(10 * 1024) })).toThrow('Argument too large');
  expect(() =>
    props.setProperties(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'x'.repeat(9000)]))),
  ).toThrow('quota');
  props.setProperties({ a: '1', b: '2' });
  expect(props.getProperties()).toEqual({ a: '1', b: '2' });
});
