/**
 * One received file → a submission, or the reason it is quarantined: the file must come from
 * this book's template at its current version, name a known school, keep the indicator rows
 * exactly (none added, removed or reordered, wording unchanged) and hold only allowed answers.
 */
import { cellText, cellValue, type CellValue, type Grid } from '../grid/grid';
import { ru } from '../messages/ru';
import { commentText, normalizeAnswer } from './answer-normalize';
import { MAX_SCHOOL_TEXT } from '../limits/cell-limits';
import { foldName } from './header-find';
import { schoolsByCode, type Registry, type School } from './registry';
import { ANSWER_COL, COMMENT_COL, FIRST_INDICATOR_ROW } from './school-sheet';
import {
  codeFromName,
  isUnreadable,
  META_SHEET,
  readMeta,
  sheetNamed,
  type ReceivedFile,
  type SchoolFile,
} from './school-file';
import { normText, versionName, type Template } from './template';

export interface Submission {
  readonly code: string;
  readonly file: string;
  readonly modified: string;
  /** One normalised answer per indicator, in template order; null where the school left it empty. */
  readonly answers: readonly CellValue[];
  /** One comment per indicator (column D), as plain text; '' where empty. */
  readonly comments: readonly string[];
}

export type SubmissionRead =
  | { readonly ok: true; readonly submission: Submission }
  /** `code`: the school the file is attributed to (its «_oko» code or its name), if known. */
  | { readonly ok: false; readonly reason: string; readonly code: string | null };

/** How many answer problems a reason lists before «и ещё N». */
const LISTED_ANSWERS = 3;

const codesCache = new WeakMap<Registry, ReadonlyMap<string, School>>();

function codesOf(registry: Registry): ReadonlyMap<string, School> {
  let codes = codesCache.get(registry);
  if (!codes) {
    codes = schoolsByCode(registry);
    codesCache.set(registry, codes);
  }
  return codes;
}

interface IndicatorRow {
  readonly row: number;
  readonly id: string;
}

/** Rows from row 2 holding anything in A:D; blank rows in between are tolerated (nothing lost). */
function filledRows(grid: Grid): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (let row = FIRST_INDICATOR_ROW; row <= grid.values.length; row++) {
    const line = grid.values[row - 1] ?? [];
    if (line.slice(0, COMMENT_COL).every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
    rows.push({ row, id: normText(cellText(grid, row, 1)) });
  }
  return rows;
}

/** Why the rows do not match the template, or null when they do. */
function rowsProblem(rows: readonly IndicatorRow[], template: Template): string | null {
  const r = ru.checklists.reasons;
  const ids = template.indicators.map((i) => i.id);
  if (rows.length === ids.length && rows.every((x, k) => x.id === ids[k])) return null;
  const present = new Set(rows.map((x) => x.id));
  const missing = ids.filter((id) => !present.has(id));
  if (missing.length > 0) return r.rowsRemoved(missing);
  const known = new Set(ids);
  const seen = new Set<string>();
  const extra = rows.filter((x) => {
    const again = seen.has(x.id);
    seen.add(x.id);
    return x.id === '' || !known.has(x.id) || again;
  });
  if (extra.length > 0) return r.rowsAdded(extra.map((x) => x.row));
  return r.rowsReordered;
}

function headerMatches(grid: Grid): boolean {
  return ru.checklists.schoolColumns.every((name, k) => foldName(cellText(grid, 1, k + 1)) === foldName(name));
}

/** Reads the answers of a file whose structure matches; every bad answer is named. */
function readAnswers(
  grid: Grid,
  rows: readonly IndicatorRow[],
  template: Template,
): { answers: CellValue[]; comments: string[]; problems: string[] } {
  const answers: CellValue[] = [];
  const comments: string[] = [];
  const problems: string[] = [];
  template.indicators.forEach((ind, k) => {
    const row = rows[k]?.row ?? 0;
    const raw = cellValue(grid, row, ANSWER_COL);
    const comment = commentText(cellValue(grid, row, COMMENT_COL));
    // Over the limit the whole file waits for a shorter one: nothing of it is cut silently.
    if (typeof raw === 'string' && raw.length > MAX_SCHOOL_TEXT)
      problems.push(ru.limits.answerTooLong(ind.id, raw.length, MAX_SCHOOL_TEXT));
    if (comment.length > MAX_SCHOOL_TEXT)
      problems.push(ru.limits.commentTooLong(ind.id, comment.length, MAX_SCHOOL_TEXT));
    const n = normalizeAnswer(ind.type, raw);
    if (n.ok) answers.push(n.value);
    else {
      answers.push(null);
      problems.push(`${ind.id}: ${n.reason}`);
    }
    comments.push(comment);
  });
  return { answers, comments, problems };
}

function readStructured(file: SchoolFile, template: Template, codes: ReadonlyMap<string, School>): SubmissionRead {
  const r = ru.checklists.reasons;
  const byName = codeFromName(file.name);
  const guess = codes.has(byName) ? byName : null;
  const fail = (reason: string, code: string | null = guess): SubmissionRead => ({ ok: false, reason, code });
  const metaGrid = sheetNamed(file, META_SHEET);
  const meta = metaGrid ? readMeta(metaGrid) : null;
  if (meta === null || meta.templateId === '') return fail(r.noMeta);
  const code = codes.has(meta.code) ? meta.code : null;
  if (meta.templateId !== template.id) return fail(r.otherTemplate, code ?? guess);
  if (meta.code === '') return fail(r.noCode);
  if (code === null) return fail(r.unknownCode(meta.code), null);
  if (meta.version !== template.version)
    return fail(r.otherVersion(versionName(meta.date), versionName(template.date)), code);
  const grid = sheetNamed(file, ru.checklists.sheets.schoolChecklist);
  if (!grid) return fail(r.noSheet, code);
  if (!headerMatches(grid)) return fail(r.headerChanged, code);
  const rows = filledRows(grid);
  const problem = rowsProblem(rows, template);
  if (problem !== null) return fail(problem, code);
  const changed = template.indicators.find(
    (ind, k) => normText(cellText(grid, rows[k]?.row ?? 0, 2)) !== normText(ind.text),
  );
  if (changed) return fail(r.textChanged(changed.id), code);
  const { answers, comments, problems } = readAnswers(grid, rows, template);
  if (problems.length > 0)
    return fail(r.badAnswers(problems.slice(0, LISTED_ANSWERS), problems.length - LISTED_ANSWERS), code);
  return { ok: true, submission: { code, file: file.name, modified: file.modified, answers, comments } };
}

/** Validates one received file against the book's template and registry. */
export function readSubmission(file: ReceivedFile, template: Template, registry: Registry): SubmissionRead {
  const codes = codesOf(registry);
  if (isUnreadable(file)) {
    const byName = codeFromName(file.name);
    return { ok: false, reason: file.unreadable, code: codes.has(byName) ? byName : null };
  }
  return readStructured(file, template, codes);
}
