/**
 * One sheet of downloaded ВПР results → the participants of one subject, class and year, or the
 * Russian line saying what is missing. Absent pupils («отсутствовал») are counted apart; task
 * cells «X», «-» and empty are 0 points.
 */
import { cellText, type CellValue, type Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import { findHeader, type VprHeader } from './vpr-header';
import { gradeOfClasses, titleFacts } from './vpr-title';
import type { Pupil, ResultTable } from './vpr-types';

export type TableRead =
  | { readonly ok: true; readonly table: ResultTable; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** A number in a cell («12», 12, «12,5»); null for text, «X», «-» and empty. */
function numberIn(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** A school mark 2…5 («5», 5, «5.0»), or null. */
function markIn(v: CellValue): number | null {
  const n = numberIn(v);
  return n !== null && Number.isInteger(n) && n >= 2 && n <= 5 ? n : null;
}

/** Sheet rows as text, for the header search and the title above it; only the top is needed. */
function topTexts(grid: Grid, rows: number): string[][] {
  const out: string[][] = [];
  for (let r = 1; r <= Math.min(rows, grid.values.length); r++) {
    const width = grid.values[r - 1]?.length ?? 0;
    const line: string[] = [];
    for (let c = 1; c <= width; c++) line.push(cellText(grid, r, c).trim());
    out.push(line);
  }
  return out;
}

function pupilsOf(
  grid: Grid,
  h: VprHeader,
  maxScore: number,
): { pupils: Pupil[]; absent: string[]; classes: string[] } {
  const col = h.columns;
  const pupils: Pupil[] = [];
  const classes: string[] = [];
  const absent: string[] = [];
  const at = (line: readonly CellValue[], c: number | undefined): CellValue =>
    c === undefined ? null : (line[c - 1] ?? null);
  const text = (line: readonly CellValue[], c: number | undefined): string => {
    const v = at(line, c);
    return v === null || typeof v === 'object' ? '' : String(v).trim();
  };
  for (let r = h.row + 1; r <= grid.values.length; r++) {
    const line = grid.values[r - 1] ?? [];
    const login = text(line, col.login ?? col.name);
    if (!login) continue;
    if (/отсутств/i.test(text(line, col.variant))) {
      absent.push(login);
      continue;
    }
    const score = numberIn(at(line, col.score));
    if (score === null) continue;
    classes.push(text(line, col.class));
    pupils.push({
      login,
      code: text(line, col.code),
      school: text(line, col.name) || login,
      points: h.tasks.map((t) => numberIn(at(line, t.col)) ?? 0),
      score,
      completion: (score / maxScore) * 100,
      mark: markIn(at(line, col.mark)),
      journal: markIn(at(line, col.journal)),
    });
  }
  return { pupils, absent, classes };
}

/** `file`: the file's name as the official knows it; its sheet's name is in `grid.sheet`. */
export function readResultTable(grid: Grid, file: string): TableRead {
  const texts = topTexts(grid, 40);
  const h = findHeader(texts);
  const m = ru.vpr.read;
  if (!h) return { ok: false, message: m.noTable(file) };
  const c = ru.vpr.columns;
  if (h.columns.login === undefined && h.columns.name === undefined)
    return { ok: false, message: m.missingColumn(file, c.login) };
  if (h.columns.score === undefined) return { ok: false, message: m.missingColumn(file, c.primary) };
  const title = texts
    .slice(0, h.row - 1)
    .map((l) => l.join(' '))
    .join(' ');
  const facts = titleFacts([title, grid.sheet, file]);
  const maxScore = h.tasks.reduce((s, t) => s + t.max, 0);
  const { pupils, absent, classes } = pupilsOf(grid, h, maxScore);
  const grade = facts.grade ?? gradeOfClasses(classes);
  if (facts.subject === null) return { ok: false, message: m.noKey(file, m.subject) };
  if (grade === null) return { ok: false, message: m.noKey(file, m.grade) };
  if (facts.year === null) return { ok: false, message: m.noKey(file, m.year) };
  if (pupils.length === 0) return { ok: false, message: m.noPupils(file) };
  const hasMarks = h.columns.mark !== undefined;
  const hasJournal = h.columns.journal !== undefined;
  const warnings = [...(hasJournal ? [] : [m.noJournal(file)]), ...(hasMarks ? [] : [m.noMark(file)])];
  const table: ResultTable = {
    source: file,
    subject: facts.subject,
    grade,
    year: facts.year,
    tasks: h.tasks.map((t) => ({ label: t.label, max: t.max })),
    maxScore,
    pupils,
    absent,
    hasMarks,
    hasJournal,
  };
  return { ok: true, table, warnings };
}
