/**
 * The last collect, read back from «Свод чек-листов»: per school, the accepted file, its answers
 * (matched to the current template by indicator code), the date and the comments. Collecting is
 * a merge: a school whose file is not read in this run keeps exactly this.
 */
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { exactModified, readAcceptedFiles } from './accepted-files';
import { foldName } from './header-find';
import { parseStatus, type SchoolStatus } from './school-status';
import type { Submission } from './submission-read';
import type { Template } from './template';

export interface PreviousRow {
  readonly code: string;
  /** The status the summary showed; «Школы» holds the official's word, this is the fallback. */
  readonly status: SchoolStatus | null;
  readonly date: CellValue;
  /** The accepted file as it was, or null when the school had none. */
  readonly submission: Submission | null;
}

const cellString = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? ('date' in v ? v.date : v.error) : String(v);

/** The comments table below the school rows: code → indicator code → comment. */
function readComments(values: readonly (readonly CellValue[])[], from: number): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const title = foldName(ru.checklists.summary.commentsTitle);
  const start = values.findIndex((line, i) => i >= from && foldName(cellString(line[0])) === title);
  if (start < 0) return out;
  for (const line of values.slice(start + 2)) {
    const code = cellString(line[0]);
    if (code === '') break;
    const byId = out.get(code) ?? new Map<string, string>();
    byId.set(cellString(line[1]), cellString(line[3]));
    out.set(code, byId);
  }
  return out;
}

/**
 * Every school row of the previous summary by code; empty before the first collect or on a foreign
 * sheet. `accepted`: the hidden sheet of exact moments (null in a book from before it), `offset`
 * the book's UTC offset in minutes, to read a shown «Изменён» back where that sheet is lost.
 */
export function readPreviousRows(
  values: readonly (readonly CellValue[])[] | null,
  template: Template,
  accepted: readonly (readonly CellValue[])[] | null = null,
  offset = 0,
): Map<string, PreviousRow> {
  const exact = readAcceptedFiles(accepted);
  const out = new Map<string, PreviousRow>();
  if (!values) return out;
  const header = (values[0] ?? []).map((v) => foldName(cellString(v)));
  const [codeName, nameName, statusName, dateName, fileName, modifiedName] =
    ru.checklists.summary.columns.map(foldName);
  const col = (name: string | undefined): number => header.indexOf(name ?? '');
  const [codeCol, nameCol, statusCol, dateCol, fileCol, modCol] = [
    codeName,
    nameName,
    statusName,
    dateName,
    fileName,
    modifiedName,
  ].map(col);
  if (codeCol === undefined || codeCol < 0 || fileCol === undefined || fileCol < 0) return out;
  if (modCol === undefined || modCol < 0) return out;
  const fixed = new Set([codeCol, nameCol, statusCol, dateCol, fileCol, modCol]);
  const idCols = new Map<string, number>();
  header.forEach((h, c) => {
    if (h !== '' && !fixed.has(c)) idCols.set(cellString(values[0]?.[c]).trim(), c);
  });
  let last = 0;
  const rows: { code: string; line: readonly CellValue[] }[] = [];
  for (const [i, line] of values.entries()) {
    if (i === 0) continue;
    const code = cellString(line[codeCol]);
    if (code === '') break;
    rows.push({ code, line });
    last = i;
  }
  const comments = readComments(values, last + 1);
  for (const { code, line } of rows) {
    const file = cellString(line[fileCol]);
    const modified = exactModified(code, file, line[modCol], exact, offset);
    const byId = comments.get(code);
    const submission: Submission | null =
      file === ''
        ? null
        : {
            code,
            file,
            modified,
            answers: template.indicators.map((ind) => {
              const c = idCols.get(ind.id);
              return c === undefined ? null : (line[c] ?? null);
            }),
            comments: template.indicators.map((ind) => byId?.get(ind.id) ?? ''),
          };
    const status = statusCol !== undefined && statusCol >= 0 ? parseStatus(cellString(line[statusCol])) : null;
    const date = dateCol !== undefined && dateCol >= 0 ? (line[dateCol] ?? null) : null;
    out.set(code, { code, status, date, submission });
  }
  return out;
}
