import type { CellValue, Grid } from '../grid/grid';
import { DEFAULT_INDICATORS } from './default-template';
import { readRegistry, type Registry } from './registry';
import { makeSchoolSheet } from './school-sheet';
import {
  fileIdOf,
  hasCurrentFile,
  parseSendCursor,
  planSend,
  readSentFiles,
  sendCursorJson,
  sentChanges,
  sentFileProperty,
  type SentFile,
} from './send-plan';
import { makeTemplate } from './template';

const grid = (values: CellValue[][]): Grid => ({ sheet: 'Школы', values, merges: [] });
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-ab';
const url = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;

function registry(values: CellValue[][]): Registry {
  const read = readRegistry(grid(values));
  if (!read.ok) throw new Error(read.message);
  return read.registry;
}

test('a file id from a link, an «open?id=» link or a bare id; nothing from other text', () => {
  expect(fileIdOf(url(ID))).toBe(ID);
  expect(fileIdOf(` https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0 `)).toBe(ID);
  expect(fileIdOf(`https://drive.google.com/open?id=${ID}`)).toBe(ID);
  expect(fileIdOf(ID)).toBe(ID);
  expect(fileIdOf('файл у школы')).toBeNull();
  expect(fileIdOf('')).toBeNull();
});

test('the cursor and the per-school records round-trip through properties; junk reads as nothing', () => {
  expect(parseSendCursor(sendCursorJson({ version: 'v1', folderId: 'F', next: 12 }))).toEqual({
    version: 'v1',
    folderId: 'F',
    next: 12,
  });
  expect(parseSendCursor(null)).toBeNull();
  expect(parseSendCursor('{oops')).toBeNull();
  expect(parseSendCursor('{"version":"v1"}')).toBeNull();
  const props = Object.fromEntries([
    sentFileProperty('101', { file: 'A', version: 'v1' }),
    ['oko.reminders.sheet', 'План'],
    ['oko.checklists.sent.102', 'not json'],
  ]);
  expect(readSentFiles(props)).toEqual(new Map([['101', { file: 'A', version: 'v1' }]]));
});

test("a link counts as the school's file unless the tool made that very file from an older version", () => {
  const sent = new Map<string, SentFile>([['1', { file: ID, version: 'old' }]]);
  expect(hasCurrentFile({ code: '1', link: '' }, sent, 'new')).toBe(false);
  expect(hasCurrentFile({ code: '1', link: url(ID) }, sent, 'new')).toBe(false);
  expect(hasCurrentFile({ code: '1', link: url(ID) }, sent, 'old')).toBe(true);
  // A link the official pasted (another file), or no record at all: left alone.
  expect(hasCurrentFile({ code: '1', link: url(`${ID}x`) }, sent, 'new')).toBe(true);
  expect(hasCurrentFile({ code: '2', link: url(ID) }, sent, 'new')).toBe(true);
});

describe('planSend', () => {
  const template = makeTemplate('CL-1', DEFAULT_INDICATORS);
  const reg = registry([
    ['Код ОО', 'Наименование', 'Ответственный', 'E-mail', 'Ссылка'],
    ['1', 'Школа 1', null, 'a@x.ru', url(ID)],
    ['2', 'Школа 2', null, 'b@x.ru'],
    ['3', 'Школа 3', null, null],
    ['4', 'Школа 4', null, 'd@x.ru'],
    ['5', 'Школа 5', null, 'e@x.ru'],
  ]);
  const specs = reg.schools.map((s) => makeSchoolSheet(template, s));

  test('skips schools with their file, sets aside those without an address', () => {
    const plan = planSend(reg.schools, specs, new Map(), template.version, 0);
    expect(plan.tasks.map((t) => [t.index, t.spec.code, t.email])).toEqual([
      [1, '2', 'b@x.ru'],
      [3, '4', 'd@x.ru'],
      [4, '5', 'e@x.ru'],
    ]);
    expect(plan.current).toEqual(['1']);
    expect(plan.noEmail).toEqual(['3']);
  });

  test('a resumed run starts at the cursor, and schools above it still missing come last', () => {
    const plan = planSend(reg.schools, specs, new Map(), template.version, 3);
    expect(plan.tasks.map((t) => t.spec.code)).toEqual(['4', '5', '2']);
    expect(planSend(reg.schools, specs, new Map(), template.version, 99).tasks.map((t) => t.spec.code)).toEqual([
      '2',
      '4',
      '5',
    ]);
  });

  test('a file of an older template version is made again', () => {
    const sent = new Map([['1', { file: ID, version: 'old' }]]);
    expect(planSend(reg.schools, specs, sent, template.version, 0).tasks.map((t) => t.spec.code)).toEqual([
      '1',
      '2',
      '4',
      '5',
    ]);
  });
});

describe('sentChanges', () => {
  test('links and «Разослано» into the existing columns; other rows keep their cells', () => {
    const g = grid([
      ['Код ОО', 'Наименование', 'E-mail', 'Ссылка', 'Статус', 'Дата сдачи'],
      ['1', 'А', 'a@x.ru', null, 'Принят', null],
      [null, 'заметка', null, 'своя', 'тоже', null],
      ['2', 'Б', 'b@x.ru', 'старая', null, null],
    ]);
    const reg = readRegistry(g);
    if (!reg.ok) throw new Error(reg.message);
    expect(sentChanges(g, reg.registry, new Map([['2', url(ID)]]), 'Разослано')).toEqual([
      { kind: 'values', sheet: 'Школы', row: 2, col: 4, values: [[null], ['своя'], [url(ID)]] },
      { kind: 'values', sheet: 'Школы', row: 2, col: 5, values: [['Принят'], ['тоже'], ['Разослано']] },
    ]);
    expect(sentChanges(g, reg.registry, new Map(), 'Разослано')).toEqual([]);
  });

  test('missing «Ссылка» and «Статус» are added side by side after the last header cell', () => {
    const g = grid([
      ['Код ОО', 'Наименование', 'E-mail'],
      ['1', 'А', 'a@x.ru'],
    ]);
    const reg = readRegistry(g);
    if (!reg.ok) throw new Error(reg.message);
    expect(sentChanges(g, reg.registry, new Map([['1', url(ID)]]), 'Разослано')).toEqual([
      { kind: 'values', sheet: 'Школы', row: 1, col: 4, values: [['Ссылка'], [url(ID)]] },
      { kind: 'values', sheet: 'Школы', row: 1, col: 5, values: [['Статус'], ['Разослано']] },
    ]);
  });
});
