/**
 * «Чек-листы школ → Собрать» end to end on the Sheets fake with the built Code.js: 30 schools get
 * their files, fill them as schools do (empty, partial, «да »/«ДА», a formula-looking comment, a
 * deleted row, another template version, an unknown code in «_oko», a newer resubmission, a file in
 * the bin and one deleted for good), the official collects; «Свод чек-листов», «Школы» and «Журнал»
 * are checked cell by cell, and against core run on the same book and files. Then again: nothing
 * changes but «Журнал»; a newer file replaces the older; a big collect goes over several runs.
 */
import { offsetOf, ruDateTime } from '../../core/grid/datetime';
import { collectChecklistsFlow } from '../../core/checklists/checklist-flows';
import { META_SHEET, type ReceivedFile } from '../../core/checklists/school-file';
import { fileIdOf } from '../../core/checklists/send-plan';
import { runSync } from '../../core/commands/flow';
import type { CellValue } from '../../core/grid/grid';
import { ru } from '../../core/messages/ru';
import { MemoryHost } from '../helpers/memory-host';
import type { FakeSpreadsheet } from './fake-apps-script';
import type { Scalar } from './fake-cells';
import {
  cellsOf,
  checklistBook,
  codes,
  fileItem,
  fillAs,
  fullAnswers,
  IDS,
  iso,
  registryRow,
  rowOf,
  schoolName,
  T,
  titleOf,
} from './checklist-scene';
import { buildGas, type Built, type Gas } from './gas-harness';

/** A timestamp as the book shows it: ДД.ММ.ГГГГ ЧЧ:ММ at its own offset. */
const shown = (stamp: string): string => ruDateTime(stamp, offsetOf(stamp));
const CODES = codes(30);
const SENT_AT = T(12, 9);
const COLLECT_AT = T(19, 9);
const OFFICIAL = 'metodist@example.org';

/** What the summary must show for what a school typed: normalised choices, numbers, dates. */
function asStored(v: Scalar | undefined): CellValue {
  if (v === undefined || v === '') return null;
  if (typeof v !== 'string') return v as CellValue;
  const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v);
  if (date) return { date: `${date[3]}-${date[2]}-${date[1]}` };
  if (/^\d+$/.test(v)) return Number(v);
  const t = v.trim().toLowerCase();
  return t === 'да' ? 'Да' : t === 'нет' ? 'Нет' : t === 'частично' ? 'Частично' : v;
}

/** What each school typed last, by code: the answers the book must show. */
const typed = new Map<string, { at: number; answers: Record<string, Scalar> }>();

function fill(
  gas: Gas,
  code: string,
  at: number,
  answers: Record<string, Scalar>,
  comments: Record<string, Scalar> = {},
): void {
  fillAs(gas, code, at, { answers, comments });
  typed.set(code, { at, answers });
}

function spreadsheetOf(gas: Gas, code: string): FakeSpreadsheet {
  const ss = fileItem(gas, code).spreadsheet;
  if (!ss) throw new Error(`no spreadsheet for ${code}`);
  return ss;
}

/** The whole scene: book, 30 files, the schools' doings, the official's mishaps. The clock ends at COLLECT_AT. */
function scene(built: Built): Gas {
  const gas = checklistBook(built, CODES);
  gas.fake.clock.now = SENT_AT;
  gas.run('menuChecklistsSend');
  fill(gas, '101', T(15, 10), fullAnswers('Да'));
  fill(gas, '103', T(15, 12), { '2.1': 'Да', '2.2': 'Нет' });
  fill(gas, '104', T(15, 13), {
    ...fullAnswers('Да'),
    '2.1': 'да ',
    '2.2': 'ДА',
    '2.3': 'нет',
    '2.4': 'Частично',
    '2.5': ' частично ',
    '2.10': '12',
    '2.11': '20.05.2025',
    '2.12': 'https://school104.example/oko',
  });
  fill(gas, '105', T(15, 14), fullAnswers('Да'), {
    '2.1': '=HYPERLINK("http://evil.example","жми")',
    '2.2': '+7 (912) 000-00-00',
    '2.3': '-1',
    '2.4': '@SUM(A1:A2)',
  });
  fill(gas, '106', T(16, 10), fullAnswers('Да'));
  gas.fake.clock.now = T(16, 11);
  spreadsheetOf(gas, '106').sheet('Чек-лист').deleteRow(rowOf('2.3'));
  gas.fake.clock.now = T(16, 11, 30);
  spreadsheetOf(gas, '107').sheet(META_SHEET).getRange(2, 2).setValue('старая-версия');
  fill(gas, '107', T(16, 12), fullAnswers('Да'));
  fill(gas, '108', T(13, 10), fullAnswers('Нет'));
  fill(gas, '108', T(14, 10), fullAnswers('Да'));
  fill(gas, '109', T(17, 9), fullAnswers('Да'));
  fileItem(gas, '109').trashed = true;
  fill(gas, '110', T(17, 10), fullAnswers('Да'));
  fill(
    gas,
    '111',
    T(17, 11),
    Object.fromEntries(IDS.map((id, k) => [id, fullAnswers(['Да', 'Нет', 'Частично'][k % 3] ?? 'Да')[id] ?? ''])),
  );
  fill(gas, '112', T(17, 12), { ...fullAnswers('Да'), '2.1': 'может быть' });
  for (const code of CODES.slice(12, 20)) fill(gas, code, T(18, 10), { ...fullAnswers('Да'), '2.11': '', '2.12': '' });
  gas.fake.clock.now = T(18, 11);
  spreadsheetOf(gas, '129').sheet(META_SHEET).getRange(3, 2).setValue("'999");
  fill(gas, '129', T(18, 12), fullAnswers('Да'));
  gas.fake.drive.remove(fileItem(gas, '130').id);
  gas.fake.clock.now = COLLECT_AT;
  return gas;
}

const STATUS: Record<string, string> = {
  '101': 'Сдан',
  '102': 'Не открыт',
  '103': 'Заполняется',
  '104': 'Сдан',
  '105': 'Сдан',
  '106': 'На доработке',
  '107': 'На доработке',
  '108': 'Сдан',
  '109': 'На доработке',
  '110': 'Сдан',
  '111': 'Сдан',
  '112': 'На доработке',
  '129': 'Не открыт',
  '130': 'На доработке',
};
const statusOf = (code: string): string => STATUS[code] ?? (Number(code) <= 120 ? 'Сдан' : 'Не открыт');
const NOT_SUBMITTED = CODES.filter((c) => !['Сдан', 'Принят'].includes(statusOf(c)));
/** Schools whose file is in the book: every file made, minus those quarantined or not theirs. */
const merged = (code: string): boolean => statusOf(code) !== 'На доработке' && code !== '129';

function trimmed(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = values.map((r) => {
    const line = Array.from(r, (v) => v ?? null);
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    return line;
  });
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return rows;
}

const sheetCells = (gas: Gas, name: string): CellValue[][] => trimmed(cellsOf(gas.fake.book.sheet(name)));

/** The files as core must receive them, read in the test straight from the fake Drive. */
function receivedFiles(gas: Gas): ReceivedFile[] {
  return CODES.map((code): ReceivedFile => {
    const id = fileIdOf(String(registryRow(gas, code)[4])) ?? '';
    const item = gas.fake.drive.items.get(id);
    if (!item) return { name: code, modified: '', unreadable: ru.gas.checklists.notOpened(`File not found: ${id}`) };
    if (item.trashed) return { name: code, modified: iso(item.modified), unreadable: ru.gas.checklists.trashed };
    const ss = item.spreadsheet as FakeSpreadsheet;
    const sheets = ['Чек-лист', META_SHEET].map((name) => ({
      sheet: name,
      values: cellsOf(ss.sheet(name)),
      merges: [],
    }));
    return { name: item.name, modified: iso(item.modified), sheets };
  });
}

/** Core on an in-memory copy of the book: what «Собрать» must write. */
function coreCollect(gas: Gas): MemoryHost {
  const host = new MemoryHost('Школы', sheetCells(gas, 'Школы'));
  for (const name of ['Чек-лист', '_oko_template', 'Журнал'])
    host.sheets.set(name, {
      values: sheetCells(gas, name),
      fills: new Map(),
      notes: new Map(),
      hidden: false,
      rules: [],
    });
  const files = receivedFiles(gas);
  const outcome = runSync(host, collectChecklistsFlow(files, { now: iso(gas.fake.clock.now), who: OFFICIAL }));
  if (!outcome.ok) throw new Error(outcome.message);
  return host;
}

/** Every sheet of the book: values, fills and whether hidden. */
function snapshot(gas: Gas): Map<string, unknown> {
  return new Map(
    gas.fake.book.sheets.map((s) => {
      const fills: string[] = [];
      for (let r = 1; r <= s.getLastRow(); r++)
        for (let c = 1; c <= s.getLastColumn(); c++)
          if (s.peek(r, c)?.background) fills.push(`${r}:${c}:${s.peek(r, c)?.background}`);
      return [s.name, { values: cellsOf(s), fills, hidden: s.hidden }];
    }),
  );
}

let built: Built;
beforeAll(() => {
  built = buildGas();
});

describe('«Собрать» after 30 schools filled their files', () => {
  let gas: Gas;
  let expected: MemoryHost;
  let summary: CellValue[][];

  beforeAll(() => {
    gas = scene(built);
    expected = coreCollect(gas);
    gas.run('menuChecklistsCollect');
    summary = sheetCells(gas, 'Свод чек-листов');
  });

  test('no alert, the outcome in a toast, the summary sheet in front', () => {
    expect(gas.fake.ui.alerts).toEqual([]);
    expect(gas.fake.book.getActiveSheet().getName()).toBe('Свод чек-листов');
    expect(gas.fake.book.toasts.at(-1)?.message).toMatch(
      /^Прочитано 30 файлов \(новых или изменённых: 24\)\. Сдали 14 из 30 школ, в том числе приняты управлением — 0; не сдали — 16, /,
    );
    expect(gas.fake.book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['План', false],
      ['Школы', false],
      ['Чек-лист', false],
      ['_oko_template', true],
      ['Журнал', false],
      ['Свод чек-листов', false],
      ['_oko_files', true],
    ]);
    // The summary is the tool's own sheet: «Проверить план» does not take it for a plan.
    gas.run('menuCheckPlan');
    expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
      expect.stringMatching(/^Лист «Свод чек-листов» ведёт сам ОКО-план/),
    ]);
    gas.fake.ui.alerts.length = 0;
  });

  test('«Свод чек-листов»: one row per school, cell by cell', () => {
    const table = summary.slice(0, CODES.length + 1);
    expect(table[0]).toEqual(['Код ОО', 'Наименование', 'Статус', 'Дата сдачи', 'Файл', 'Изменён', ...IDS]);
    CODES.forEach((code, k) => {
      const t = typed.get(code);
      const at = t?.at ?? SENT_AT;
      const row: CellValue[] = merged(code)
        ? [
            code,
            schoolName(code),
            statusOf(code),
            t ? { date: iso(at).slice(0, 10) } : null,
            titleOf(code),
            shown(iso(at)),
            ...IDS.map((id) => asStored(t?.answers[id])),
          ]
        : [code, schoolName(code), statusOf(code)];
      while (row[row.length - 1] === null) row.pop();
      expect({ code, row: table[k + 1] }).toEqual({ code, row });
    });
  });

  test('answers are normalised: «да », «ДА», « частично », «12», «20.05.2025»', () => {
    const row = summary.find((r) => r[0] === '104') ?? [];
    expect(row.slice(6)).toEqual([
      'Да',
      'Да',
      'Нет',
      'Частично',
      'Частично',
      'Да',
      'Да',
      'Да',
      'Да',
      12,
      { date: '2025-05-20' },
      'https://school104.example/oko',
    ]);
  });

  test('answer cells are coloured: Да green, Нет red, Частично amber', () => {
    const sheet = gas.fake.book.sheet('Свод чек-листов');
    const row = CODES.indexOf('111') + 2;
    expect([7, 8, 9].map((c) => sheet.peek(row, c)?.background)).toEqual(['#c6efce', '#ffc7ce', '#ffeb9c']);
    expect(sheet.peek(CODES.indexOf('121') + 2, 7)?.background ?? null).toBeNull();
  });

  test("a school's text is data: the formula-looking comments are stored as text, never formulas", () => {
    const sheet = gas.fake.book.sheet('Свод чек-листов');
    const at = summary.findIndex((r) => r[0] === 'Комментарии и ссылки школ');
    const comments = summary.slice(at + 2).filter((r) => r[0] === '105');
    expect(comments).toEqual([
      // A typed HYPERLINK: its text and address as rich text with a real link, never a formula.
      ['105', '2.1', 'Да', 'жми — http://evil.example'],
      ['105', '2.2', 'Да', '+7 (912) 000-00-00'],
      ['105', '2.3', 'Да', '-1'],
      ['105', '2.4', 'Да', '@SUM(A1:A2)'],
    ]);
    for (let r = 1; r <= sheet.getLastRow(); r++)
      for (let c = 1; c <= sheet.getLastColumn(); c++) expect(sheet.peek(r, c)?.formula ?? '').toBe('');
  });

  test('quarantine: each refused file with its Russian reason; none merged', () => {
    const at = summary.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Файлы, не принятые'));
    expect(summary[at]).toEqual(['Файлы, не принятые в свод из-за ошибок (школе нужно исправить и прислать снова): 6']);
    const rows = summary.slice(at + 2, at + 8);
    expect(rows.map((r) => [r[0], r[1] ?? null])).toEqual([
      [titleOf('106'), '106'],
      [titleOf('107'), '107'],
      ['109', '109'],
      [titleOf('112'), '112'],
      [titleOf('129'), null],
      ['130', '130'],
    ]);
    const reasons = rows.map((r) => String(r[2]));
    expect(reasons[0]).toMatch(/^Удалены строки показателей: 2\.3\./);
    expect(reasons[1]).toMatch(/^Файл от прежней версии чек-листа: показатели с тех пор изменились/);
    expect(reasons[2]).toBe(
      'Файл школы лежит в корзине Google Диска. Восстановите его из корзины и выберите «Собрать» ещё раз.',
    );
    expect(reasons[3]).toMatch(/^Недопустимые ответы: 2\.1: «может быть» — нужно: Да, Нет или Частично/);
    expect(reasons[4]).toMatch(/^Код школы «999» не найден на листе «Школы»/);
    expect(reasons[5]).toBe(
      `Файл школы не открывается: его удалили или у вас нет к нему доступа (File not found: ${fileIdOf(String(registryRow(gas, '130')[4]))}). Очистите ячейку «Ссылка» этой школы и выберите «Разослать», чтобы сделать новый файл.`,
    );
  });

  test('«не представили»: everyone but «Сдан» and «Принят»', () => {
    const at = summary.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Не представили'));
    expect(summary[at]).toEqual([`Не представили чек-лист (кроме «Сдан» и «Принят»): ${NOT_SUBMITTED.length}`]);
    expect(summary.slice(at + 2, at + 2 + NOT_SUBMITTED.length)).toEqual(
      NOT_SUBMITTED.map((c) => [c, schoolName(c), statusOf(c)]),
    );
  });

  test("«Школы»: each school's status, and the day its answers came", () => {
    for (const code of CODES) {
      const row = registryRow(gas, code);
      const t = typed.get(code);
      expect([code, row[5], row[6] ?? null]).toEqual([
        code,
        statusOf(code),
        merged(code) && t ? { date: iso(t.at).slice(0, 10) } : null,
      ]);
    }
  });

  test('«Журнал»: who collected, when, and every file merged or quarantined', () => {
    const journal = sheetCells(gas, 'Журнал');
    expect(journal[0]).toEqual(['Когда', 'Кто', 'Действие', 'Файл', 'Код ОО', 'Итог', 'Подробности']);
    const run = journal.filter((r) => r[2] === 'Сбор чек-листов');
    expect(run).toHaveLength(1 + 24 + 6);
    expect(run.every((r) => r[0] === shown(iso(COLLECT_AT)) && r[1] === OFFICIAL)).toBe(true);
    expect(run.filter((r) => r[5] === 'Не принят (ошибки в файле)').map((r) => r[3])).toEqual([
      titleOf('106'),
      titleOf('107'),
      '109',
      titleOf('112'),
      titleOf('129'),
      '130',
    ]);
    expect(run.filter((r) => r[5] === 'Включён в свод').map((r) => r[4])).toEqual(CODES.filter(merged));
  });

  test('the book is exactly what core writes on the same book and files', () => {
    for (const name of ['Свод чек-листов', 'Школы', 'Журнал']) {
      expect({ name, values: sheetCells(gas, name) }).toEqual({ name, values: trimmed(expected.sheet(name).values) });
    }
  });

  test('collecting again: an identical book but for the appended «Журнал»', () => {
    const before = snapshot(gas);
    const journalRows = gas.fake.book.sheet('Журнал').getLastRow();
    gas.fake.clock.now = T(19, 12);
    gas.run('menuChecklistsCollect');
    const after = snapshot(gas);
    for (const [name, state] of before)
      if (name !== 'Журнал') expect({ name, state: after.get(name) }).toEqual({ name, state });
    const journal = sheetCells(gas, 'Журнал');
    expect(journal.slice(0, journalRows)).toEqual(
      (before.get('Журнал') as { values: CellValue[][] }).values.map((r) => r),
    );
    expect(journal.slice(journalRows)).toEqual([
      [
        shown(iso(T(19, 12))),
        OFFICIAL,
        'Сбор чек-листов',
        null,
        null,
        expect.stringMatching(
          /^Прочитано 30 файлов \(новых или изменённых: 0\)\. Сдали 14 из 30 школ, .*\. Чек-лист: версия от \d\d\.\d\d\.\d{4}\.$/,
        ),
      ],
      ...[
        [titleOf('106'), '106'],
        [titleOf('107'), '107'],
        ['109', '109'],
        [titleOf('112'), '112'],
        [titleOf('129'), null],
        ['130', '130'],
      ].map(([file, code]) => [
        shown(iso(T(19, 12))),
        OFFICIAL,
        'Сбор чек-листов',
        file,
        code,
        'Не принят (ошибки в файле)',
        expect.any(String),
      ]),
    ]);
  });

  test('a newer resubmission replaces the older answers; only that school changes', () => {
    const before = sheetCells(gas, 'Свод чек-листов');
    fill(gas, '108', T(20, 10), fullAnswers('Частично'));
    gas.fake.clock.now = T(20, 12);
    gas.run('menuChecklistsCollect');
    expect(gas.fake.book.toasts.at(-1)?.message).toMatch(/новых или изменённых: 1\)/);
    const after = sheetCells(gas, 'Свод чек-листов');
    const row = CODES.indexOf('108') + 1;
    expect(after[row]?.slice(3, 7)).toEqual([
      { date: '2025-05-20' },
      titleOf('108'),
      shown(iso(T(20, 10))),
      'Частично',
    ]);
    expect(after.filter((_, i) => i !== row && i <= CODES.length)).toEqual(
      before.filter((_, i) => i !== row && i <= CODES.length),
    );
    const merged108 = sheetCells(gas, 'Журнал').filter(
      (r) => r[0] === shown(iso(T(20, 12))) && r[5] === 'Включён в свод',
    );
    expect(merged108.map((r) => r[4])).toEqual(['108']);
  });
});

describe('a collect bigger than one run', () => {
  test('time passing 5 minutes after the 12th file: reading stops, what was read waits; «Собрать» again goes on and writes the same book', () => {
    const whole = scene(built);
    whole.run('menuChecklistsCollect');
    const gas = scene(built);
    let looked = 0;
    let opened = 0;
    gas.fake.log.onRecord = (call) => {
      if (call.method === 'Drive.Files.get' && ++looked === 12) gas.fake.clock.advance(5 * 60 * 1000);
      if (call.method === 'openById') opened++;
    };
    const active = gas.fake.book.getActiveSheet().getName();
    gas.run('menuChecklistsCollect');
    expect(gas.fake.book.toasts.at(-1)?.message).toBe(
      'Прочитано файлов школ: 12 из 30. Выберите «Собрать» ещё раз — чтение продолжится с этого места.',
    );
    expect(gas.fake.ui.alerts).toEqual([]);
    expect(gas.fake.book.getSheetByName('Свод чек-листов')).toBeNull();
    expect(gas.fake.book.sheet('_oko_collect').hidden).toBe(true);
    expect(gas.fake.book.sheet('_oko_collect').getLastRow()).toBe(12);
    expect(JSON.parse(gas.fake.documentProperties.getProperty('oko.checklists.collect') ?? '{}')).toMatchObject({
      next: 12,
    });
    // The hidden sheet does not take the user away from where they were.
    expect(gas.fake.book.getActiveSheet().getName()).toBe(active);

    gas.run('menuChecklistsCollect');
    expect(gas.fake.ui.alerts).toEqual([]);
    // Each file looked up and opened once over the two runs (109 is in the bin, 130 is gone).
    expect([looked, opened]).toEqual([30, 28]);
    expect(gas.fake.book.getSheetByName('_oko_collect')).toBeNull();
    expect(gas.fake.documentProperties.getProperty('oko.checklists.collect')).toBeNull();
    for (const name of ['Свод чек-листов', 'Школы'])
      expect({ name, values: sheetCells(gas, name) }).toEqual({ name, values: sheetCells(whole, name) });
    expect(sheetCells(gas, 'Журнал').filter((r) => r[2] === 'Сбор чек-листов')).toHaveLength(31);
  });

  test('a registry changed between the runs: reading starts over', () => {
    const gas = scene(built);
    let looked = 0;
    gas.fake.log.onRecord = (call) => {
      if (call.method === 'Drive.Files.get' && ++looked === 5) gas.fake.clock.advance(5 * 60 * 1000);
    };
    gas.run('menuChecklistsCollect');
    expect(gas.fake.book.toasts.at(-1)?.message).toMatch(/^Прочитано файлов школ: 5 из 30\./);
    gas.fake.book.sheet('Школы').getRange(2, 2).setValue('МБОУ «Лицей № 101»');
    gas.fake.book
      .sheet('Школы')
      .getRange(40, 1, 1, 4)
      .setValues([[131, 'МБОУ «СОШ № 131»', null, 'school131@edu.example']]);
    gas.fake.book
      .sheet('Школы')
      .getRange(40, 5)
      .setValue(String(registryRow(gas, '101')[4]));
    looked = 0;
    gas.fake.log.onRecord = (call) => {
      if (call.method === 'Drive.Files.get') looked++;
    };
    gas.run('menuChecklistsCollect');
    expect(looked).toBe(31);
    expect(gas.fake.book.toasts.at(-1)?.message).toMatch(/^Прочитано 31 файл /);
  });
});

test('without the Drive API service, the files are read through DriveApp with the same result', () => {
  const gas = checklistBook(built, codes(3), { advancedDrive: false });
  gas.run('menuChecklistsSend');
  fillAs(gas, '101', T(15, 10), { answers: fullAnswers('Да') });
  fileItem(gas, '103').trashed = true;
  gas.fake.clock.now = T(16);
  gas.run('menuChecklistsCollect');
  const summary = sheetCells(gas, 'Свод чек-листов');
  expect(summary.slice(1, 4).map((r) => r.slice(0, 6))).toEqual([
    ['101', schoolName('101'), 'Сдан', { date: '2025-05-15' }, titleOf('101'), shown(iso(T(15, 10)))],
    [
      '102',
      schoolName('102'),
      'Не открыт',
      null,
      titleOf('102'),
      shown(iso(gas.fake.drive.items.get(fileItem(gas, '102').id)?.modified ?? 0)),
    ],
    ['103', schoolName('103'), 'На доработке'],
  ]);
  expect(gas.fake.log.count('DriveApp.getFileById')).toBeGreaterThan(0);
});

test('«Собрать» before anything was sent says so and writes nothing', () => {
  const gas = checklistBook(built, codes(3));
  gas.fake.log.reset();
  gas.run('menuChecklistsCollect');
  expect(gas.fake.ui.alerts.map((a) => a.message)).toEqual([
    'Ни у одной школы на листе «Школы» нет ссылки на файл. Сначала выберите «Чек-листы школ → Разослать».',
  ]);
  expect(gas.fake.log.calls.filter((c) => /^set|^insert/.test(c.method))).toEqual([]);
});
