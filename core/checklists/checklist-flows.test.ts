/** The checklist flows on the in-memory host: what they read, what they write, how many calls. */
import { MemoryHost } from '../../test/helpers/memory-host';
import { answer, schoolFile } from '../../test/checklists/school-file-builder';
import { runSync } from '../commands/flow';
import type { CellValue } from '../grid/grid';
import {
  collectChecklistsFlow,
  loadChecklistBookFlow,
  planChecklistFilesFlow,
  prepareChecklistBookFlow,
} from './checklist-flows';
import { DEFAULT_INDICATORS } from './default-template';
import { makeTemplate } from './template';
import type { ReceivedFile } from './school-file';
import type { SchoolBookSpec } from './school-sheet';

const CTX = { now: '2025-05-20T10:00:00+03:00', who: 'ivanova@uo.example' };

function preparedBook(codes: readonly string[]): MemoryHost {
  const host = new MemoryHost('План', [['План мероприятий']]);
  runSync(host, prepareChecklistBookFlow({ ...CTX, templateId: 'CL-TEST' }));
  const schools = host.sheet('Школы');
  codes.forEach((code, i) => {
    schools.values[i + 1] = [code, `Школа ${code}`, null, `s${code}@edu.example`];
  });
  host.calls.length = 0;
  return host;
}

function plan(host: MemoryHost): SchoolBookSpec[] {
  const p = runSync(host, planChecklistFilesFlow());
  if (!p.ok) throw new Error(p.message);
  host.calls.length = 0;
  return [...p.files];
}

const FULL: CellValue[] = DEFAULT_INDICATORS.map((i) => (i.type === 'choice' ? 'Да' : i.type === 'number' ? 2 : null));
const returned = (specs: readonly SchoolBookSpec[], n: number): ReceivedFile[] =>
  specs
    .slice(0, n)
    .map((s, k) =>
      schoolFile(s, `2025-05-${String(10 + (k % 9)).padStart(2, '0')}T10:00:00+03:00`, (c) =>
        answer(c, k % 2 ? FULL : []),
      ),
    );

describe('prepareChecklistBookFlow', () => {
  test('adds «Школы» and «Чек-лист» with the default template, and a «Журнал» row', () => {
    const host = new MemoryHost('План', [['План мероприятий']]);
    const r = runSync(host, prepareChecklistBookFlow({ ...CTX, templateId: 'CL-TEST' }));
    expect(r.created).toEqual(['Школы', 'Чек-лист']);
    expect(host.sheet('Школы').values).toEqual([
      ['Код ОО', 'Наименование', 'Ответственный', 'E-mail', 'Ссылка', 'Статус', 'Дата сдачи'],
    ]);
    // People see the version by the day it was made; the id and hash sit on the hidden sheet.
    expect(host.sheet('Чек-лист').values[0]?.slice(0, 2)).toEqual(['Шаблон чек-листа', 'версия от 20.05.2025']);
    expect(host.sheet('_oko_template').hidden).toBe(true);
    expect(host.sheet('_oko_template').values.slice(0, 3)).toEqual([
      ['Шаблон', 'CL-TEST'],
      ['Версия', makeTemplate('CL-TEST', DEFAULT_INDICATORS).version],
      ['Дата версии', '2025-05-20'],
    ]);
    expect(host.sheet('Чек-лист').values).toHaveLength(3 + DEFAULT_INDICATORS.length);
    expect(host.sheet('Журнал').values[1]?.slice(0, 3)).toEqual(['20.05.2025 10:00', CTX.who, 'Подготовка книги']);
    expect(host.sheet('План').values).toEqual([['План мероприятий']]);
  });

  test('never overwrites: an existing sheet stays as the official left it', () => {
    const host = preparedBook(['1']);
    const before = JSON.stringify([...host.sheets]);
    const r = runSync(host, prepareChecklistBookFlow({ ...CTX, templateId: 'CL-OTHER' }));
    expect(r).toEqual({ created: [], message: 'Листы «Школы» и «Чек-лист» уже есть в книге: ничего не изменено.' });
    expect(host.calls).not.toContain('apply');
    expect(JSON.stringify([...host.sheets])).toBe(before);
  });
});

test('a book without the sheets is refused in Russian, naming init', () => {
  const host = new MemoryHost('План', [['План']]);
  const r = runSync(host, loadChecklistBookFlow());
  expect(r).toEqual({ ok: false, message: expect.stringContaining('В книге нет листов «Школы» и «Чек-лист»') });
});

describe('collectChecklistsFlow', () => {
  test('the host calls do not grow with files: 8 reads and one apply', () => {
    const calls = (files: number): string[] => {
      const host = preparedBook(Array.from({ length: 40 }, (_, i) => String(i + 1)));
      const specs = plan(host);
      const r = runSync(host, collectChecklistsFlow(returned(specs, files), CTX));
      expect(r.ok).toBe(true);
      return host.calls;
    };
    expect(calls(3)).toEqual([
      'readToolSheet',
      'readToolSheet',
      'readToolSheet',
      'readGrid',
      'readGrid',
      'readToolSheet',
      'readToolSheet',
      'readToolSheet',
      'apply',
    ]);
    expect(calls(40)).toEqual(calls(3));
  });

  test('collecting twice gives the same book; «Журнал» only grows', () => {
    const host = preparedBook(['1', '2', '3', '4']);
    const files = returned(plan(host), 3);
    runSync(host, collectChecklistsFlow(files, CTX));
    const snapshot = (name: string): string => JSON.stringify(host.sheet(name).values);
    const first = ['Свод чек-листов', 'Школы', 'Чек-лист'].map(snapshot);
    const journal = host.sheet('Журнал').values.length;
    runSync(host, collectChecklistsFlow(files, { ...CTX, now: '2025-05-21T09:00:00+03:00' }));
    expect(['Свод чек-листов', 'Школы', 'Чек-лист'].map(snapshot)).toEqual(first);
    expect(host.sheet('Журнал').values.length).toBe(journal + 1);
    expect(host.sheet('Школы').values.map((r) => r[5])).toEqual([
      'Статус',
      'Не открыт',
      'Сдан',
      'Не открыт',
      'Не открыт',
    ]);
  });

  test('the official’s «Принят» is kept until the school sends a new file', () => {
    const host = preparedBook(['1', '2']);
    const specs = plan(host);
    const files = returned(specs, 2);
    runSync(host, collectChecklistsFlow(files, CTX));
    const row = host.sheet('Школы').values[2];
    if (row) row[5] = 'Принят';
    runSync(host, collectChecklistsFlow(files, CTX));
    expect(host.sheet('Школы').values[2]?.[5]).toBe('Принят');
    const spec = specs[1];
    if (!spec) throw new Error('no spec');
    const newer = schoolFile(spec, '2025-06-01T10:00:00+03:00', (c) => answer(c, ['Нет']), '2 (1).xlsx');
    const r = runSync(host, collectChecklistsFlow([...files, newer], CTX));
    expect(host.sheet('Школы').values[2]?.[5]).toBe('Заполняется');
    expect(r.ok && r.report.counts).toEqual({ files: 3, merged: 2, changed: 1, quarantined: 0, superseded: 1 });
  });

  test('school text stays data in the summary, whatever it starts with', () => {
    const host = preparedBook(['1']);
    const [spec] = plan(host);
    if (!spec) throw new Error('no spec');
    const file = schoolFile(spec, CTX.now, (c) => answer(c, FULL, ['=HYPERLINK("http://evil")', '+7', '-1', '@A1']));
    runSync(host, collectChecklistsFlow([file], CTX));
    const summary = host.sheet('Свод чек-листов').values;
    const comments = summary.slice(summary.findIndex((r) => r[0] === 'Комментарии и ссылки школ') + 2).map((r) => r[3]);
    // A typed HYPERLINK becomes a real link showing its address (the memory host keeps the text).
    expect(comments).toEqual(['http://evil', '+7', '-1', '@A1']);
  });
});

test('planChecklistFilesFlow: one spec per school, in registry order, reading only', () => {
  const host = preparedBook(['101', '102']);
  const p = runSync(host, planChecklistFilesFlow());
  expect(p.ok && p.files.map((f) => f.fileName)).toEqual(['101.xlsx', '102.xlsx']);
  expect(host.calls).not.toContain('apply');
  expect(p.ok && p.files[0]?.sheets[1]?.name).toBe('_oko');
});
