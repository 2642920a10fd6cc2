/**
 * «Чек-листы школ → Разослать» on the Sheets fake with the built Code.js: one file per school in
 * the book's Drive folder, the contract layout, shared with that school's address only and without
 * Google's e-mail, links and «Разослано» in «Школы»; resumable before the time limit; never twice.
 */
import { DEFAULT_INDICATORS } from '../../core/checklists/default-template';
import { FOLDER, ROOT } from './fake-drive';
import { PROTECTED } from './fake-sheet';
import {
  cellsOf,
  checklistBook,
  codes,
  emailOf,
  FOLDER_NAME,
  fileItem,
  IDS,
  registryRow,
  schoolName,
  titleOf,
} from './checklist-scene';
import { buildGas, type Built, type Gas } from './gas-harness';

const CODES = codes(30);
const MINUTE = 60 * 1000;

let built: Built;
beforeAll(() => {
  built = buildGas();
});

function folderOf(gas: Gas): string {
  const folders = [...gas.fake.drive.items.values()].filter((i) => i.mimeType === FOLDER && i.name === FOLDER_NAME);
  expect(folders).toHaveLength(1);
  expect(folders[0]?.parents).toEqual([ROOT]);
  return folders[0]?.id ?? '';
}

const filesIn = (gas: Gas, folder: string): string[] =>
  [...gas.fake.drive.items.values()]
    .filter((i) => i.parents.includes(folder) && !i.trashed)
    .map((i) => i.name)
    .sort();

const lastToast = (gas: Gas): string => gas.fake.book.toasts[gas.fake.book.toasts.length - 1]?.message ?? '';

describe('«Разослать» for 30 schools', () => {
  let gas: Gas;
  beforeAll(() => {
    gas = checklistBook(built, CODES);
    gas.run('menuChecklistsSend');
  });

  test('one spreadsheet per school, in one folder named after the book, in My Drive', () => {
    expect(gas.fake.ui.alerts).toEqual([]);
    expect(filesIn(gas, folderOf(gas))).toEqual(CODES.map(titleOf).sort());
    expect(lastToast(gas)).toBe(
      `Сделано файлов: 30; файлы есть у 30 из 30 школ. Папка на Google Диске: «${FOLDER_NAME}»; ссылки — в столбце «Ссылка» листа «Школы». Google не отправлял школам писем: сообщите каждой школе её ссылку сами.`,
    );
  });

  test("each file is shared with exactly its school's address, as editor, and nobody was e-mailed", () => {
    for (const code of CODES) {
      expect(fileItem(gas, code).grants).toEqual([
        { email: emailOf(code), role: 'writer', notified: false, via: 'Drive.Permissions.create' },
      ]);
    }
  });

  test("no school sees another school's file; each opens its own", () => {
    const own = fileItem(gas, '101').id;
    const other = fileItem(gas, '102').id;
    expect(gas.fake.as(emailOf('101'), () => gas.fake.openById(own).getName())).toBe(titleOf('101'));
    expect(() => gas.fake.as(emailOf('101'), () => gas.fake.openById(other))).toThrow(/openById/);
    expect(() => gas.fake.as('stranger@example.org', () => gas.fake.openById(own))).toThrow(/openById/);
  });

  test('links and «Разослано» are written back to «Школы»', () => {
    expect(cellsOf(gas.fake.book.sheet('Школы'))[0]).toEqual([
      'Код ОО',
      'Наименование',
      'Ответственный',
      'E-mail',
      'Ссылка',
      'Статус',
      'Дата сдачи',
    ]);
    for (const code of CODES) {
      const [, name, , email, link, status] = registryRow(gas, code);
      expect([name, email, status]).toEqual([schoolName(code), emailOf(code), 'Разослано']);
      expect(link).toBe(`https://docs.google.com/spreadsheets/d/${fileItem(gas, code).id}/edit`);
    }
  });

  test('the school file follows the contract: header, indicators from row 2, typed answers, hidden «_oko»', () => {
    const ss = fileItem(gas, '107').spreadsheet;
    if (!ss) throw new Error('no spreadsheet');
    expect(ss.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Чек-лист', false],
      ['_oko', true],
      ['Инструкция', false],
    ]);
    const sheet = ss.sheet('Чек-лист');
    expect(cellsOf(sheet)).toEqual([
      ['Код', 'Показатель', 'Ответ', 'Комментарий / ссылка'],
      ...DEFAULT_INDICATORS.map((i) => [i.id, i.text]),
    ]);
    // «2.10» stays the text «2.10», not the number 2.1.
    expect(sheet.peek(11, 1)?.value).toBe('2.10');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.peek(1, 1)?.weight).toBe('bold');
    expect(sheet.peek(2, 2)?.note).toBe('В комментарии укажите номера и даты приказов.');
    const rule = (id: string) => sheet.peek(1 + IDS.indexOf(id) + 1, 3)?.validation;
    expect(rule('2.1')?.getCriteriaValues()).toEqual([['Да', 'Нет', 'Частично'], true]);
    expect(rule('2.9')?.getAllowInvalid()).toBe(false);
    expect(rule('2.10')?.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(rule('2.11')?.getCriteriaType()).toBe('DATE_ON_OR_AFTER');
    expect(rule('2.12')?.getCriteriaType()).toBe('TEXT_IS_VALID_URL');
    expect(rule('2.1')?.getHelpText()).toBe('Выберите из списка: Да, Нет или Частично.');
    // Comments are plain text: what a school types there is never a formula.
    expect(sheet.peek(2, 4)?.format).toBe('@');
    const meta = cellsOf(ss.sheet('_oko'));
    expect(meta.slice(0, 4).map((r) => r[0])).toEqual(['Шаблон', 'Версия', 'Код ОО', 'Наименование']);
    expect(meta[2]?.[1]).toBe('107');
    expect(String(meta[0]?.[1])).toMatch(/^CL-[0-9A-F]{8}$/);
  });

  test('the school may type only in C:D of the indicator rows; «_oko» and the wording are shut', () => {
    const ss = fileItem(gas, '103').spreadsheet;
    if (!ss) throw new Error('no spreadsheet');
    const sheet = ss.sheet('Чек-лист');
    expect(sheet.protections.map((p) => p.unprotected)).toEqual([[{ row: 2, col: 3, rows: IDS.length, cols: 2 }]]);
    gas.fake.as(emailOf('103'), () => {
      expect(() => sheet.getRange(2, 3, 1, 2).setValues([['Да', 'приказ № 5']])).not.toThrow();
      expect(() => sheet.getRange(2, 2).setValue('другая формулировка')).toThrow(PROTECTED);
      expect(() => sheet.getRange(1, 3).setValue('Ответ школы')).toThrow(PROTECTED);
      expect(() => sheet.deleteRow(4)).toThrow(PROTECTED);
      expect(() => ss.sheet('_oko').getRange(3, 2).setValue('999')).toThrow(PROTECTED);
    });
    // The owner is never shut out.
    expect(() => sheet.getRange(2, 2).setValue(DEFAULT_INDICATORS[0]?.text ?? '')).not.toThrow();
  });

  test('«Разослать» again makes nothing new; «Продолжить рассылку» says the sending is over', () => {
    const files = gas.fake.drive.items.size;
    gas.run('menuChecklistsSend');
    expect(lastToast(gas)).toBe(
      'Новых файлов не нужно: файлы текущей версии чек-листа уже есть у 30 из 30 школ. Чтобы сделать школе новый файл, очистите её ячейку «Ссылка» и выберите «Разослать».',
    );
    gas.run('menuChecklistsContinue');
    expect(lastToast(gas)).toBe(
      'Рассылка уже завершена: продолжать нечего. Чтобы сделать файлы для новых школ, выберите «Разослать».',
    );
    expect(gas.fake.drive.items.size).toBe(files);
    expect(gas.fake.ui.alerts).toEqual([]);
  });

  test('a school added later, and one whose link was cleared, get a file; the others keep theirs', () => {
    const before = fileItem(gas, '110').id;
    const sheet = gas.fake.book.sheet('Школы');
    sheet.load([...Array.from({ length: 31 }, () => []), [131, schoolName('131'), null, emailOf('131')]]);
    const row110 = cellsOf(sheet).findIndex((r) => String(r[0]) === '110') + 1;
    sheet.getRange(row110, 5).setValue('');
    gas.run('menuChecklistsSend');
    expect(lastToast(gas)).toMatch(/^Сделано файлов: 2; файлы есть у 31 из 31 школ/);
    expect(fileItem(gas, '110').id).not.toBe(before);
    expect(fileItem(gas, '131').grants.map((g) => g.email)).toEqual([emailOf('131')]);
    expect(filesIn(gas, folderOf(gas))).toHaveLength(32);
  });
});

describe('resumable before the time limit', () => {
  test('time passing 5 minutes after school 12: the run stops, keeps a cursor, and «Продолжить рассылку» finishes without duplicates', () => {
    const gas = checklistBook(built, CODES);
    let shared = 0;
    gas.fake.log.onRecord = (call) => {
      if (call.method === 'Drive.Permissions.create' && ++shared === 12) gas.fake.clock.advance(5 * MINUTE);
    };
    gas.run('menuChecklistsSend');
    expect(lastToast(gas)).toBe('Разослано 12 из 30. Выберите «Продолжить рассылку».');
    expect(gas.fake.ui.alerts).toEqual([]);
    const cursor = JSON.parse(gas.fake.documentProperties.getProperty('oko.checklists.send') ?? 'null') as {
      next: number;
      folderId: string;
    };
    expect(cursor.next).toBe(12);
    expect(cursor.folderId).toBe(folderOf(gas));
    expect(CODES.map((c) => registryRow(gas, c)[5] ?? null)).toEqual(
      CODES.map((_, i) => (i < 12 ? 'Разослано' : null)),
    );

    gas.run('menuChecklistsContinue');
    expect(lastToast(gas)).toMatch(/^Сделано файлов: 18; файлы есть у 30 из 30 школ/);
    expect(shared).toBe(30);
    expect(filesIn(gas, folderOf(gas))).toEqual(CODES.map(titleOf).sort());
    expect(gas.fake.documentProperties.getProperty('oko.checklists.send')).toBeNull();
    for (const code of CODES) expect(fileItem(gas, code).grants.map((g) => g.email)).toEqual([emailOf(code)]);
    gas.run('menuChecklistsContinue');
    expect(lastToast(gas)).toMatch(/^Рассылка уже завершена/);
  });

  test('an edited template makes the files of the old version again, and only those', () => {
    const gas = checklistBook(built, codes(3));
    gas.run('menuChecklistsSend');
    const old = codes(3).map((c) => fileItem(gas, c).id);
    gas.fake.book
      .sheet('Чек-лист')
      .getRange(4, 2)
      .setValue('Наличие приказов о сроках и ответственных (новая формулировка)');
    gas.run('menuChecklistsSend');
    expect(lastToast(gas)).toMatch(/^Сделано файлов: 3; файлы есть у 3 из 3 школ/);
    expect(
      codes(3)
        .map((c) => fileItem(gas, c).id)
        .some((id, i) => id === old[i]),
    ).toBe(false);
    gas.run('menuChecklistsSend');
    expect(lastToast(gas)).toMatch(/^Новых файлов не нужно/);
  });
});

test('a folder binned by the official is not used again: a new one is made, found by name next time', () => {
  const gas = checklistBook(built, codes(2));
  gas.run('menuChecklistsSend');
  const first = folderOf(gas);
  const item = gas.fake.drive.items.get(first);
  if (item) item.trashed = true;
  gas.fake.book.sheet('Школы').load([[], [], [], [103, schoolName('103'), null, emailOf('103')]]);
  gas.run('menuChecklistsSend');
  const live = [...gas.fake.drive.items.values()].filter(
    (i) => i.mimeType === FOLDER && i.name === FOLDER_NAME && !i.trashed,
  );
  expect(live).toHaveLength(1);
  expect(live[0]?.id).not.toBe(first);
  expect(filesIn(gas, live[0]?.id ?? '')).toEqual([titleOf('103')]);
});

describe('where Google has to write to the school', () => {
  test("an address without a Google account gets Google's invitation, and the official is told", () => {
    const gas = checklistBook(built, codes(3));
    gas.fake.drive.withoutGoogle.add(emailOf('102'));
    gas.run('menuChecklistsSend');
    expect(fileItem(gas, '101').grants[0]?.notified).toBe(false);
    expect(fileItem(gas, '102').grants).toEqual([
      { email: emailOf('102'), role: 'writer', notified: true, via: 'Drive.Permissions.create' },
    ]);
    expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
      'Адреса школ 102 не связаны с аккаунтом Google, и открыть им доступ без письма нельзя: Google отправил этим школам приглашение со ссылкой на файл.',
    ]);
  });

  test('without the Drive API service: DriveApp, each file still shared with one address, and a notice that Google e-mailed', () => {
    const gas = checklistBook(built, codes(3), { advancedDrive: false });
    gas.run('menuChecklistsSend');
    for (const code of codes(3)) {
      expect(fileItem(gas, code).grants).toEqual([
        { email: emailOf(code), role: 'writer', notified: true, via: 'DriveApp.addEditor' },
      ]);
    }
    expect(filesIn(gas, folderOf(gas))).toEqual(codes(3).map(titleOf));
    expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
      expect.stringMatching(/^В проекте Apps Script не включена служба Drive API/),
    ]);
    expect(lastToast(gas)).toMatch(/^Сделано файлов: 3;.*листа «Школы»\.$/);
  });

  test('a school without an e-mail gets no file, and the official is told which', () => {
    const gas = checklistBook(built, codes(3));
    gas.fake.book.sheet('Школы').getRange(3, 4).setValue('');
    gas.run('menuChecklistsSend');
    expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
      'Нет адреса e-mail у школ: 102. Файлы для них не сделаны: впишите адреса на листе «Школы» и выберите «Разослать» ещё раз.',
    ]);
    expect(registryRow(gas, '102')[4] ?? null).toBeNull();
    expect(lastToast(gas)).toMatch(/^Сделано файлов: 2; файлы есть у 2 из 3 школ/);
  });

  test('a bad address: that school is reported, its file binned, the others done', () => {
    const gas = checklistBook(built, codes(3));
    gas.fake.book.sheet('Школы').getRange(3, 4).setValue('нет почты');
    gas.run('menuChecklistsSend');
    expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Не удалось сделать файл для школ: 102 \(.*Invalid email address: нет почты.*\)\. Выберите «Разослать» ещё раз/,
      ),
    ]);
    expect(registryRow(gas, '102')[4] ?? null).toBeNull();
    expect([...gas.fake.drive.items.values()].filter((i) => i.name === titleOf('102')).map((i) => i.trashed)).toEqual([
      true,
    ]);
    expect(filesIn(gas, folderOf(gas))).toEqual([titleOf('101'), titleOf('103')]);
  });
});

test('«Школы» protected from the official: refused before any file is made', () => {
  const gas = checklistBook(built, codes(3));
  gas.fake.book.sheet('Школы').getRange('E1:F40').protect().denyCurrentUser();
  gas.run('menuChecklistsSend');
  expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
    expect.stringMatching(/^Ячейки E1:F40 на листе «Школы» защищены/),
  ]);
  expect([...gas.fake.drive.items.values()].filter((i) => i.byApp)).toEqual([]);
});

test('before a book is prepared, «Разослать» says what is missing and makes nothing', () => {
  const gas = checklistBook(built, []);
  gas.fake.book.deleteSheet(gas.fake.book.sheet('Школы'));
  gas.run('menuChecklistsSend');
  expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([expect.stringMatching(/^В книге нет листа «Школы»/)]);
  expect([...gas.fake.drive.items.values()].filter((i) => i.byApp)).toEqual([]);
});
