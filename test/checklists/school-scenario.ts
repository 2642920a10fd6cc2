/**
 * The 30-school scenario both the CLI and the Excel end-to-end tests run: how schools fill the
 * files they were sent (empty, partial, «да »/«ДА», formula injection, a deleted row, another
 * template version, an unknown code, a newer resubmission, a non-xlsx file) and what the book
 * must then say about each school.
 */
import { join } from 'node:path';
import { utimesSync } from 'node:fs';
import type { CellValue } from '../../core/grid/grid';
import { fillSchoolFile, fullAnswers, IDS, writeText } from './checklist-fixture';

export const CODES = Array.from({ length: 30 }, (_, i) => String(101 + i));
export const T = (day: number, hour = 10): Date => new Date(Date.UTC(2025, 4, day, hour, 0, 0));

/** What each accepted school sent: file, time and the answers the book must show, by code. */
export type Sent = Map<string, { modified: Date; file: string; answers: CellValue[] }>;

/** An answer as the book stores it once normalised. */
export const asStored = (v: unknown): CellValue => {
  if (typeof v === 'string' && /^\d{2}\.\d{2}\.\d{4}$/.test(v)) {
    const [d, m, y] = v.split('.');
    return { date: `${y}-${m}-${d}` };
  }
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  if (typeof v === 'string' && /^\s*(да|нет|частично)\s*$/i.test(v)) {
    const t = v.trim().toLowerCase();
    return t === 'да' ? 'Да' : t === 'нет' ? 'Нет' : 'Частично';
  }
  return (v ?? null) as CellValue;
};

export interface ScenarioFolders {
  /** The files as sent, the ones made from an edited template, the ones for an unknown school. */
  readonly made: string;
  readonly madeOtherVersion: string;
  readonly madeUnknownSchool: string;
  /** Where the returned files land. */
  readonly answers: string;
}

/** One school fills its file and returns it as `fileName`; `sent` records what the book must show. */
export async function returnFile(
  f: ScenarioFolders,
  sent: Sent,
  code: string,
  fileName: string,
  a: Record<string, unknown>,
  modified: Date,
  extra: Partial<Parameters<typeof fillSchoolFile>[2]> = {},
): Promise<void> {
  await fillSchoolFile(join(f.made, `${code}.xlsx`), join(f.answers, fileName), {
    answers: a as never,
    modified,
    ...extra,
  });
  sent.set(code, { modified, file: fileName, answers: IDS.map((id) => asStored(a[id])) });
}

/** Schools fill and return their files; `sent` records what the book must show. */
export async function schoolsReturnFiles(f: ScenarioFolders, sent: Sent): Promise<void> {
  const send = (
    code: string,
    fileName: string,
    a: Record<string, unknown>,
    modified: Date,
    extra: Partial<Parameters<typeof fillSchoolFile>[2]> = {},
  ): Promise<void> => returnFile(f, sent, code, fileName, a, modified, extra);
  await send('101', '101.xlsx', fullAnswers('Да'), T(15));
  await send('102', '102.xlsx', {}, T(15, 11));
  await send('103', '103.xlsx', { '2.1': 'Да', '2.2': 'Нет' }, T(15, 12));
  await send(
    '104',
    '104.xlsx',
    {
      ...fullAnswers('Да'),
      '2.1': 'да ',
      '2.2': 'ДА',
      '2.3': 'нет',
      '2.4': 'Частично',
      '2.5': ' частично ',
      '2.10': '12',
      '2.11': '20.05.2025',
      '2.12': 'https://school104.example/oko',
    },
    T(15, 13),
  );
  await send('105', '105.xlsx', fullAnswers('Да'), T(15, 14), {
    comments: {
      '2.1': '=HYPERLINK("http://evil.example","жми")',
      '2.2': '+7 (912) 000-00-00',
      '2.3': '-1',
      '2.4': '@SUM(A1:A2)',
      '2.5': { formula: 'HYPERLINK("http://evil.example","ссылка")', result: 'ссылка' },
    },
  });
  await fillSchoolFile(join(f.made, '106.xlsx'), join(f.answers, '106.xlsx'), {
    answers: fullAnswers('Да'),
    modified: T(16),
    edit: (wb) => wb.getWorksheet('Чек-лист')?.spliceRows(4, 1),
  });
  await fillSchoolFile(join(f.madeOtherVersion, '107.xlsx'), join(f.answers, '107.xlsx'), {
    answers: fullAnswers('Да'),
    modified: T(16, 11),
  });
  // Two files of 108: the one saved later wins though its name sorts first and its mtime is older.
  await fillSchoolFile(join(f.made, '108.xlsx'), join(f.answers, '108.xlsx'), {
    answers: fullAnswers('Нет'),
    modified: T(10),
  });
  await send('108', '108 (2).xlsx', fullAnswers('Да'), T(12));
  utimesSync(join(f.answers, '108 (2).xlsx'), T(1), T(1));
  writeText(join(f.answers, '109.xlsx'), 'Это не книга Excel, а письмо: «чек-лист заполним позже».');
  await send('110', '110.xlsx', fullAnswers('Да'), T(17));
  const mixed = Object.fromEntries(IDS.map((id, k) => [id, fullAnswers(['Да', 'Нет', 'Частично'][k % 3] ?? 'Да')[id]]));
  await send('111', '111.xlsx', mixed, T(17, 11));
  await fillSchoolFile(join(f.made, '112.xlsx'), join(f.answers, '112.xlsx'), {
    answers: { ...fullAnswers('Да'), '2.1': 'может быть' },
    modified: T(17, 12),
  });
  for (const code of CODES.slice(12, 20))
    await send(code, `${code}.xlsx`, { ...fullAnswers('Да'), '2.11': null, '2.12': null }, T(18));
  await fillSchoolFile(join(f.madeUnknownSchool, '999.xlsx'), join(f.answers, '999.xlsx'), {
    answers: fullAnswers('Да'),
    modified: T(18),
  });
  writeText(join(f.answers, 'readme.txt'), 'не чек-лист');
  writeText(join(f.answers, '~$101.xlsx'), 'lock');
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
};
export const statusOf = (code: string): string => STATUS[code] ?? (Number(code) <= 120 ? 'Сдан' : 'Не открыт');
export const NOT_SUBMITTED = CODES.filter((c) => !['Сдан', 'Принят'].includes(statusOf(c)));

/** The files the collect must refuse, with the school code they name (none for the unknown one). */
export const QUARANTINED_FILES: readonly [string, string | null][] = [
  ['106.xlsx', '106'],
  ['107.xlsx', '107'],
  ['109.xlsx', '109'],
  ['112.xlsx', '112'],
  ['999.xlsx', null],
];

/** A folder collected by `oko` also lists the entries it does not read; a file picker never offers them. */
export const QUARANTINED: readonly [string, string | null][] = [
  ...QUARANTINED_FILES,
  ['readme.txt', null],
  ['~$101.xlsx', null],
];
