/**
 * A synthetic municipality's ВПР results at participant level, seeded (the same every run): 40
 * schools, two subjects, classes 4 and 5, two years. Pupils' abilities and tasks' difficulties
 * give a realistic spread; some pupils are absent, unanswered tasks are «X», «-» or empty.
 * Seven schools carry a planted profile of one sign or marker each; three are too small to judge.
 * The demo shows it; the tests check the method finds exactly what was planted.
 */
import type { CellValue } from '../core/grid/grid';
import { seeded, type Random } from './demo-random';

export const VPR_YEARS = [2024, 2025] as const;
export const VPR_GRADES = [4, 5] as const;
export const VPR_SUBJECTS = ['Математика', 'Русский язык'] as const;

/** Task maxima and difficulties (logits): from easy (most solve) to hard (few do). */
const TASK_MAX = [1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1] as const;
const TASK_DIFFICULTY = [-2.6, -2.3, -2.0, -1.4, -0.9, -0.5, -0.2, 0.1, 0.4, 0.8, 1.2, 1.6, 2.0, 2.4] as const;
/** The lowest primary score of the marks 3, 4, 5 (maximum 20). */
const MARK_FROM = [6, 12, 17] as const;

export type Profile =
  | 'normal'
  | 'inflated'
  | 'marks-mismatch'
  | 'cohort-drop'
  | 'cohort-rise'
  | 'boundary-peak'
  | 'easy-hard'
  | 'raised-marks'
  | 'small';

export interface VprTest {
  readonly subject: string;
  readonly grade: number;
  readonly year: number;
}

/** Where each planted profile shows (its sign belongs to this result). */
export const PLANTED: Readonly<Record<Exclude<Profile, 'normal' | 'small'>, { login: string } & VprTest>> = {
  inflated: { login: 'sch120001', subject: 'Математика', grade: 4, year: 2025 },
  'marks-mismatch': { login: 'sch120002', subject: 'Русский язык', grade: 4, year: 2025 },
  'cohort-drop': { login: 'sch120003', subject: 'Математика', grade: 4, year: 2024 },
  'cohort-rise': { login: 'sch120004', subject: 'Русский язык', grade: 4, year: 2024 },
  'boundary-peak': { login: 'sch120005', subject: 'Математика', grade: 4, year: 2025 },
  'easy-hard': { login: 'sch120006', subject: 'Русский язык', grade: 5, year: 2025 },
  'raised-marks': { login: 'sch120007', subject: 'Математика', grade: 5, year: 2024 },
};

export const SMALL_SCHOOLS = ['sch120038', 'sch120039', 'sch120040'] as const;

interface School {
  readonly login: string;
  readonly name: string;
  readonly offset: number;
  readonly size: number;
}

function gauss(rnd: Random): number {
  const u = Math.max(rnd.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.next());
}

function schools(rnd: Random, count: number): School[] {
  const out: School[] = [];
  for (let i = 1; i <= count; i++) {
    const login = `sch12${String(i).padStart(4, '0')}`;
    const small = (SMALL_SCHOOLS as readonly string[]).includes(login);
    // A few schools have one class only: a «limited» sample of 20–49 participants.
    const size = small ? rnd.int(8, 15) : i % 9 === 0 ? rnd.int(26, 40) : rnd.int(50, 66);
    const offset = Math.max(-0.12, Math.min(0.12, gauss(rnd) * 0.06));
    out.push({ login, name: `МБОУ «Школа № ${i}»`, offset, size });
  }
  return out;
}

/** The profile a school has in one test. */
function profileOf(login: string, t: VprTest): Profile {
  if ((SMALL_SCHOOLS as readonly string[]).includes(login)) return 'small';
  for (const [id, at] of Object.entries(PLANTED) as [Profile, { login: string } & VprTest][]) {
    if (at.login !== login || at.subject !== t.subject) continue;
    if (at.grade === t.grade && at.year === t.year) return id;
  }
  return 'normal';
}

/** The same class a year on («K»): a drop falls from a high year, a rise climbs from a low one. */
function abilityShift(login: string, t: VprTest, profile: Profile): number {
  if (profile === 'inflated') return 1.6;
  if (profile === 'cohort-drop') return 2.2;
  if (profile === 'cohort-rise') return -2.2;
  if (profile === 'small') return 2.5;
  if (profile === 'boundary-peak') return -0.6;
  const drop = PLANTED['cohort-drop'];
  if (login === drop.login && t.subject === drop.subject && t.grade === drop.grade + 1 && t.year === drop.year + 1)
    return -0.4;
  return 0;
}

const markOf = (score: number): number => 2 + MARK_FROM.filter((b) => score >= b).length;
const clampMark = (m: number): number => Math.max(2, Math.min(5, m));

function binomial(rnd: Random, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rnd.next() < p) k++;
  return k;
}

interface Paper {
  readonly points: number[];
  readonly score: number;
  readonly mark: number;
  readonly journal: number;
}

function paper(rnd: Random, ability: number, profile: Profile): Paper {
  const points = TASK_MAX.map((max, i) => {
    const p = 1 / (1 + Math.exp(-(ability - (TASK_DIFFICULTY[i] ?? 0))));
    if (profile === 'easy-hard' && i < 3) return rnd.chance(0.6) ? 0 : binomial(rnd, max, p);
    if (profile === 'easy-hard' && i >= 11) return rnd.chance(0.6) ? max : binomial(rnd, max, p);
    return binomial(rnd, max, p);
  });
  let score = points.reduce((a, b) => a + b, 0);
  const low = MARK_FROM[0];
  if (profile === 'boundary-peak' && score >= low - 3 && score < low) {
    // Papers «pulled up» to the lowest score of a «3»: the missing points added where there is room.
    for (let k = 0; k < points.length && score < low; k++) {
      const room = Math.min((TASK_MAX[k] ?? 0) - (points[k] ?? 0), low - score);
      points[k] = (points[k] ?? 0) + room;
      score += room;
    }
  }
  const mark = markOf(score);
  const noise = rnd.next();
  let journal = clampMark(mark + (noise < 0.15 ? -1 : noise > 0.85 ? 1 : 0));
  if (profile === 'marks-mismatch' || profile === 'small') journal = clampMark(7 - mark);
  if (profile === 'raised-marks' && rnd.chance(0.6)) journal = clampMark(mark - 1);
  return { points, score, mark, journal };
}

/** An unanswered task as the download writes it. */
function zeroCell(rnd: Random): CellValue {
  const r = rnd.next();
  return r < 0.5 ? 'X' : r < 0.7 ? '-' : r < 0.85 ? null : 0;
}

export interface VprFile {
  readonly name: string;
  readonly test: VprTest;
  /** The sheet as downloaded: title lines, the header, one row per pupil. */
  readonly rows: CellValue[][];
  readonly participants: number;
}

function header(i: number): string[] {
  const school = i % 2 === 0 ? ['Логин ОО', 'Наименование ОО'] : ['ОО', 'Название ОО'];
  const journal = i % 3 === 0 ? 'Отметка по журналу' : 'Отметка за предыдущую четверть';
  return [
    'Муниципалитет',
    ...school,
    'Код участника',
    'Класс',
    'Вариант',
    ...TASK_MAX.map((m, k) => `${k + 1} (${m}б)`),
    'Первичный балл',
    'Отметка',
    journal,
  ];
}

function file(rnd: Random, list: readonly School[], t: VprTest, i: number): VprFile {
  const rows: CellValue[][] = [];
  for (let k = 0; k < i % 3; k++) rows.push(k === 0 ? [`Результаты ВПР ${t.year} г.`] : []);
  rows.push([`ВПР ${t.year}. ${t.subject}, ${t.grade} класс. Результаты участников`], header(i));
  let participants = 0;
  for (const s of list) {
    const profile = profileOf(s.login, t);
    const shift = abilityShift(s.login, t, profile);
    for (let k = 1; k <= s.size; k++) {
      const code = `${t.grade}${String(k).padStart(3, '0')}`;
      const cls = `${t.grade}${k % 2 ? 'А' : ' Б'}`;
      const lead: CellValue[] = ['Городской округ', s.login, s.name, Number(code), cls];
      if (rnd.chance(0.05)) {
        rows.push([...lead, 'отсутствовал']);
        continue;
      }
      const p = paper(rnd, s.offset + shift + gauss(rnd), profile);
      const cells = p.points.map((v) => (v === 0 ? zeroCell(rnd) : v));
      rows.push([...lead, rnd.int(1, 2), ...cells, p.score, p.mark, p.journal]);
      participants++;
    }
  }
  return { name: `ВПР ${t.year} ${t.subject} ${t.grade} класс.xlsx`, test: t, rows, participants };
}

/** The eight files of the municipality (2 subjects × 2 classes × 2 years). */
export function vprMunicipality(seed = 17, schoolCount = 40): VprFile[] {
  const rnd = seeded(seed);
  const list = schools(rnd, schoolCount);
  const out: VprFile[] = [];
  let i = 0;
  for (const year of VPR_YEARS)
    for (const subject of VPR_SUBJECTS)
      for (const grade of VPR_GRADES) out.push(file(rnd, list, { subject, grade, year }, i++));
  return out;
}
