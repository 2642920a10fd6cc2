/**
 * «Чек-листы школ» end to end in the fake Excel, through the task pane's own code (its bridge and
 * file kit, without the browser): prepare the book, list 30 schools, make the files, let schools
 * fill them (empty, partial, «да »/«ДА», formula injection, a deleted row, another template
 * version, an unknown code, a duplicate newer file, a non-xlsx file), collect, and check the book
 * cell by cell — against expectations and against the CLI's book made from the same files.
 */
import { offsetOf, ruDateTime } from '../../core/grid/datetime';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { collectChecklistsFlow } from '../../core/checklists/checklist-flows';
import type { CollectOutcome } from '../../core/checklists/checklist-flows';
import type { CollectReport } from '../../core/checklists/collect';
import { runSync } from '../../core/commands/flow';
import type { CellValue } from '../../core/grid/grid';
import { XlsxHost } from '../../xlsx/host';
import { readSchoolFile } from '../../cli/checklist-school-read';
import { localIso } from '../../xlsx/local-time';
import { schoolFilesIn, skippedEntriesIn } from '../../cli/commands/checklists-collect';
import type { MadeFiles } from '../../panel/bridge';
import {
  CODES,
  NOT_SUBMITTED,
  QUARANTINED_FILES,
  schoolsReturnFiles,
  statusOf,
  T,
  type Sent,
} from '../checklists/school-scenario';
import { firstTable, IDS, schoolName } from '../checklists/checklist-fixture';
import { formulaCells, snapshot } from './excel-fixture';
import {
  checklistRig,
  cliBook,
  cliFills,
  cliValues,
  fakeFills,
  picked,
  templateIdOf,
  typeSchools,
  type ChecklistRig,
} from './checklist-excel-fixture';

let dir = '';
let answers = '';
let r: ChecklistRig;
let templateId = '';
/** When «Подготовить книгу» ran. */
/** A timestamp as the book shows it: ДД.ММ.ГГГГ ЧЧ:ММ at its own offset. */
const shown = (stamp: string): string => ruDateTime(stamp, offsetOf(stamp));
const PREPARED = T(14, 9);
const sent: Sent = new Map();

/** Writes the files «Разослать» offered into `into`, as the official saves them to attach. */
async function makeInto(into: string): Promise<MadeFiles> {
  const made = await r.bridge.makeFiles(() => undefined);
  if (!made.ok) throw new Error(made.message);
  mkdirSync(into, { recursive: true });
  for (const f of made.files) writeFileSync(join(into, f.name), f.bytes);
  return made;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oko-excel-checklists-'));
  answers = join(dir, 'ответы');
  mkdirSync(answers);
  r = checklistRig();
  r.clock = PREPARED;
  const prepared = await r.bridge.prepare();
  expect(prepared.created).toEqual(['Школы', 'Чек-лист']);
  templateId = templateIdOf(r.fake.book);
  const registry = r.fake.book.sheet('Школы');
  typeSchools(registry, CODES);
  const made = await makeInto(join(dir, 'файлы'));
  expect(made.ok && made.files.map((f) => f.name)).toEqual(CODES.map((c) => `${c}.xlsx`));

  // Another version: one wording edited after the files went out, then put back.
  const wording = r.fake.book.sheet('Чек-лист').at(2 + IDS.length, 1);
  const original = wording.value;
  wording.value = 'Ссылка на страницу сайта ОО об объективности ОКО (новая формулировка)';
  await makeInto(join(dir, 'файлы-2'));
  wording.value = original;
  // An unknown school: files made while «Школы» listed one more school, removed since.
  typeSchools(registry, ['999'], CODES.length + 2);
  await makeInto(join(dir, 'файлы-3'));
  registry.rows.splice(CODES.length + 1);

  await schoolsReturnFiles(
    {
      made: join(dir, 'файлы'),
      madeOtherVersion: join(dir, 'файлы-2'),
      madeUnknownSchool: join(dir, 'файлы-3'),
      answers,
    },
    sent,
  );
}, 120000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The files the official picks: every .xlsx in the folder, Excel's lock file included. */
const chosen = (): ReturnType<typeof picked>[] =>
  [...schoolFilesIn(answers, []), join(answers, '~$101.xlsx')].map(picked);

describe('collect through the pane', () => {
  let report: CollectReport;
  let cli: Workbook;
  let cliReport: CollectReport;
  const grids = new Map<string, readonly (readonly CellValue[])[]>();
  const values = (sheet: string): readonly (readonly CellValue[])[] => grids.get(sheet) ?? [];

  beforeAll(async () => {
    r.clock = T(19, 9);
    const progress: [number, number][] = [];
    const outcome: CollectOutcome = await r.bridge.collect(chosen(), (done, total) => progress.push([done, total]));
    if (!outcome.ok) throw new Error(outcome.message);
    report = outcome.report;
    expect(progress[progress.length - 1]).toEqual([23, 23]);
    for (const s of r.fake.book.sheets) grids.set(s.name, (await r.host.readGrid(s.name)).values);

    // The CLI on the same files: `oko checklists collect` reads the folder with its own reader.
    cli = cliBook(templateId, localIso(PREPARED), CODES);
    const files = await Promise.all(schoolFilesIn(answers, []).map(readSchoolFile));
    files.push(...skippedEntriesIn(answers, []).filter((f) => f.name === '~$101.xlsx'));
    const cliOutcome = runSync(new XlsxHost(cli), collectChecklistsFlow(files, { now: localIso(r.clock), who: '' }));
    if (!cliOutcome.ok) throw new Error(cliOutcome.message);
    cliReport = cliOutcome.report;
  }, 60000);

  test('«Свод чек-листов»: one row per school, cell by cell', () => {
    const table = firstTable(values('Свод чек-листов'));
    expect(table[0]).toEqual(['Код ОО', 'Наименование', 'Статус', 'Дата сдачи', 'Файл', 'Изменён', ...IDS]);
    expect(table).toHaveLength(CODES.length + 1);
    CODES.forEach((code, k) => {
      const s = statusOf(code) === 'На доработке' ? undefined : sent.get(code);
      const when = s ? localIso(s.modified) : null;
      const expected: CellValue[] = [
        code,
        schoolName(code),
        statusOf(code),
        when && statusOf(code) !== 'Не открыт' ? { date: when.slice(0, 10) } : null,
        s?.file ?? null,
        when ? ruDateTime(when, offsetOf(when)) : null,
        ...(s?.answers ?? IDS.map(() => null)),
      ];
      while (expected.length > 0 && expected[expected.length - 1] === null) expected.pop();
      expect({ code, row: table[k + 1] }).toEqual({ code, row: expected });
    });
    const row104 = table.find((row) => row[0] === '104') ?? [];
    expect(row104.slice(6)).toEqual([
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

  test('the book equals the CLI’s on the same files: every sheet, every value, every answer colour', () => {
    for (const sheet of ['Свод чек-листов', 'Школы', 'Чек-лист', 'Журнал']) {
      expect({ sheet, values: values(sheet) }).toEqual({ sheet, values: cliValues(cli, sheet) });
    }
    expect(fakeFills(r.fake.book.sheet('Свод чек-листов'))).toEqual(cliFills(cli, 'Свод чек-листов'));
    const row111 = CODES.indexOf('111') + 2;
    expect(['7', '8', '9'].map((c) => fakeFills(r.fake.book.sheet('Свод чек-листов')).get(`${row111}:${c}`))).toEqual([
      '#C6EFCE',
      '#FFC7CE',
      '#FFEB9C',
    ]);
    expect(report).toEqual(cliReport);
  });

  test('quarantine: each refused file with its Russian reason, none merged', () => {
    expect(report.quarantine.map((q) => [q.file, q.code])).toEqual([...QUARANTINED_FILES, ['~$101.xlsx', null]]);
    const reason = (f: string): string => report.quarantine.find((q) => q.file === f)?.reason ?? '';
    expect(reason('106.xlsx')).toMatch(/Удалены строки показателей: 2\.3\./);
    expect(reason('107.xlsx')).toMatch(/прежней версии чек-листа/);
    expect(reason('109.xlsx')).toBe(
      'Файл «109.xlsx» не является книгой Excel .xlsx. Откройте его в Excel или Google Таблицах и сохраните как .xlsx.',
    );
    expect(reason('112.xlsx')).toMatch(/Недопустимые ответы: 2\.1: «может быть» — нужно: Да, Нет или Частично/);
    expect(reason('999.xlsx')).toMatch(/Код школы «999» не найден/);
    // Excel's lock file was picked along: not read, but listed with the CLI's reason.
    expect(reason('~$101.xlsx')).toMatch(/Служебный файл Excel/);
    expect(report.counts).toEqual({ files: 23, merged: 16, changed: 16, quarantined: 6, superseded: 1 });
  });

  test('«не представили»: everyone but «Сдан» and «Принят», in the report and in the sheet', () => {
    expect(report.notSubmitted).toEqual(NOT_SUBMITTED);
    const sheet = values('Свод чек-листов');
    const at = sheet.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('Не представили'));
    expect(sheet.slice(at + 2, at + 2 + NOT_SUBMITTED.length).map((row) => row[0])).toEqual(NOT_SUBMITTED);
    expect(
      values('Школы')
        .slice(1)
        .map((row) => row[5]),
    ).toEqual(CODES.map(statusOf));
  });

  test('school text is data: =…, +…, -…, @… land as text, no cell of the book is a formula', () => {
    expect(formulaCells(r.fake.book)).toEqual([]);
    const sheet = values('Свод чек-листов');
    const at = sheet.findIndex((row) => row[0] === 'Комментарии и ссылки школ');
    const comments = Object.fromEntries(
      sheet
        .slice(at + 2)
        .filter((row) => row[0] === '105')
        .map((row) => [row[1], row[3]]),
    );
    expect(comments).toEqual({
      // A typed HYPERLINK: its text, with a real link to the address, never a formula.
      '2.1': 'жми — http://evil.example',
      '2.2': '+7 (912) 000-00-00',
      '2.3': '-1',
      '2.4': '@SUM(A1:A2)',
      '2.5': 'ссылка',
    });
  });

  test('«Журнал»: the run with an empty «Кто» (Excel does not say who), every file and outcome', () => {
    const journal = values('Журнал');
    const run = journal.find((row) => row[2] === 'Сбор чек-листов' && row[3] === null);
    expect(run?.slice(0, 3)).toEqual([shown(localIso(T(19, 9))), null, 'Сбор чек-листов']);
    const outcome = (file: string): unknown => journal.find((row) => row[3] === file)?.[5];
    expect([outcome('101.xlsx'), outcome('108.xlsx'), outcome('999.xlsx')]).toEqual([
      'Включён в свод',
      'Заменён более новым',
      'Не принят (ошибки в файле)',
    ]);
  });

  test('collect twice: the same book except «Журнал», which gains the run and the quarantined files', async () => {
    const sheets = (): Map<string, unknown> =>
      new Map(r.fake.book.sheets.filter((s) => s.name !== 'Журнал').map((s) => [s.name, [...snapshot(s)]]));
    const before = sheets();
    const journal = r.fake.book.sheet('Журнал').used(true)?.rows ?? 0;
    r.clock = T(20, 9);
    const again = await r.bridge.collect(chosen(), () => undefined);
    expect(again.ok && again.report.counts.changed).toBe(0);
    expect(sheets()).toEqual(before);
    expect((r.fake.book.sheet('Журнал').used(true)?.rows ?? 0) - journal).toBe(1 + 6);
  }, 60000);
});
