/**
 * What the «Объективность ВПР» sheet says, read back from the sheet itself: the справка and the
 * plan's notes speak of the analysis the official sees, with the same numbers, without the files.
 */
import { call, type Flow } from '../commands/flow';
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { municipalIndex } from './municipal-index';
import { SIGN_IDS, type MunicipalIndex, type SchoolResult, type SignId } from './vpr-types';

export interface FlaggedSchool {
  readonly login: string;
  readonly school: string;
  /** «Математика, 4 кл., 2025: Завышенные результаты» per result with a sign. */
  readonly what: readonly string[];
}

export interface VprDigest {
  readonly index: MunicipalIndex | null;
  /** School × subject × class × year rows. */
  readonly results: number;
  readonly insufficient: number;
  readonly tests: number;
  /** Results with each sign, all years. */
  readonly bySign: readonly { readonly id: SignId; readonly count: number }[];
  /** Schools with a sign in the index's year. */
  readonly flagged: readonly FlaggedSchool[];
}

const text = (v: CellValue | undefined): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: CellValue | undefined): number => (typeof v === 'number' ? v : Number(text(v)));

/** Null when there is no sheet or it holds no results table of ours. */
export function vprDigest(rows: readonly (readonly CellValue[])[] | null): VprDigest | null {
  if (rows === null) return null;
  const c = ru.vpr.columns;
  const head = rows.findIndex((r) => text(r[0]) === c.login && text(r[14]) === c.signs);
  if (head < 0) return null;
  const byName = new Map(SIGN_IDS.map((id) => [ru.vpr.signs[id], id] as const));
  const sample = new Map(Object.entries(ru.vpr.samples).map(([id, label]) => [label, id] as const));
  const results: (Pick<SchoolResult, 'login' | 'school' | 'subject' | 'grade' | 'year' | 'n' | 'signs'> & {
    sample: string;
  })[] = [];
  for (let i = head + 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const login = text(r[0]);
    if (!login) break;
    const signs = text(r[14])
      .split(';')
      .map((s) => byName.get(s.trim()))
      .filter((id): id is SignId => id !== undefined);
    results.push({
      login,
      school: text(r[1]) || login,
      subject: text(r[2]),
      grade: num(r[3]),
      year: num(r[4]),
      n: num(r[5]),
      sample: sample.get(text(r[7])) ?? '',
      signs,
    });
  }
  const index = municipalIndex(results);
  const flagged = new Map<string, { login: string; school: string; what: string[] }>();
  for (const r of results) {
    if (!index || r.year !== index.year || r.signs.length === 0) continue;
    const f = flagged.get(r.login) ?? { login: r.login, school: r.school, what: [] };
    f.what.push(`${ru.vpr.testLabel(r.subject, r.grade, r.year)}: ${r.signs.map((s) => ru.vpr.signs[s]).join('; ')}`);
    flagged.set(r.login, f);
  }
  return {
    index,
    results: results.length,
    insufficient: results.filter((r) => r.sample === 'insufficient').length,
    tests: new Set(results.map((r) => `${r.subject}|${r.grade}|${r.year}`)).size,
    bySign: SIGN_IDS.map((id) => ({ id, count: results.filter((r) => r.signs.includes(id)).length })),
    flagged: [...flagged.values()],
  };
}

/** The digest of the book's analysis sheet (ours, under either name), or null: 1 read, 2 when a sheet of the user's has our name. */
export function* readVprDigest(): Flow<VprDigest | null> {
  const rows = yield* call('readToolSheet', ru.vpr.sheetName);
  if (rows === null) return null;
  return vprDigest(rows) ?? vprDigest(yield* call('readToolSheet', ru.vpr.altSheetName));
}
