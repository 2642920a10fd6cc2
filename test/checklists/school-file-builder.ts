/** A school file as core sees it, built from the spec the school received and then edited in memory. */
import type { SchoolFile } from '../../core/checklists/school-file';
import type { SchoolBookSpec } from '../../core/checklists/school-sheet';
import type { CellValue } from '../../core/grid/grid';

export type Rows = CellValue[][];

/** `edit` gets the «Чек-лист» rows and the «_oko» rows to change as a school (or a mishap) would. */
export function schoolFile(
  spec: SchoolBookSpec,
  modified: string,
  edit?: (checklist: Rows, meta: Rows) => void,
  name = spec.fileName,
): SchoolFile {
  const [checklist, meta] = spec.sheets.map((s) => s.rows.map((r) => [...r]));
  if (!checklist || !meta) throw new Error('spec without two sheets');
  edit?.(checklist, meta);
  return {
    name,
    modified,
    sheets: [
      { sheet: spec.sheets[0]?.name ?? '', values: checklist, merges: [] },
      { sheet: spec.sheets[1]?.name ?? '', values: meta, merges: [] },
    ],
  };
}

/** Sets answers (column C) and comments (column D) by indicator position. */
export function answer(rows: Rows, answers: readonly CellValue[], comments: readonly CellValue[] = []): void {
  answers.forEach((a, k) => {
    const row = rows[k + 1];
    if (row) row[2] = a;
  });
  comments.forEach((c, k) => {
    const row = rows[k + 1];
    if (row) row[3] = c;
  });
}
