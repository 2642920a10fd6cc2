/**
 * The exact «modified» moment of each school's accepted file, on a hidden sheet of the book.
 * «Свод чек-листов» shows it as ДД.ММ.ГГГГ ЧЧ:ММ for the official; the next collect compares
 * the exact value from here to tell a newer file. Kept by school code and file name, so sorting
 * or reformatting «Свод» loses nothing; an old book (the moment as ISO in «Свод») still reads.
 */
import type { SheetChange } from '../changes/change-set';
import { isIsoStamp, isoFromRu } from '../grid/datetime';
import { isDateValue, type CellValue } from '../grid/grid';
import { ru } from '../messages/ru';

/** The hidden sheet: a technical table nobody reads, so its name is not in the catalog. */
export const FILES_SHEET = '_oko_files';

export interface AcceptedFile {
  readonly code: string;
  readonly file: string;
  readonly modified: string;
}

export function acceptedFilesSheet(files: readonly AcceptedFile[]): SheetChange {
  return {
    kind: 'sheet',
    name: FILES_SHEET,
    rows: [[...ru.checklists.summary.filesColumns], ...files.map((f) => [f.code, f.file, f.modified])],
    widths: [12, 30, 28],
    hidden: true,
  };
}

const text = (v: CellValue | undefined): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/** code → its accepted file and exact moment; empty when the sheet is missing. */
export function readAcceptedFiles(values: readonly (readonly CellValue[])[] | null): Map<string, AcceptedFile> {
  const out = new Map<string, AcceptedFile>();
  for (const line of (values ?? []).slice(1)) {
    const [code, file, modified] = [text(line[0]), text(line[1]), text(line[2])];
    if (code !== '' && file !== '' && isIsoStamp(modified)) out.set(code, { code, file, modified });
  }
  return out;
}

/**
 * The exact moment of a school's accepted file: the hidden sheet's when it names the same file;
 * else the «Изменён» cell of «Свод» — an old book's ISO as it is, a shown «ДД.ММ.ГГГГ ЧЧ:ММ» read
 * back at the book's offset (to the minute); '' when nothing tells.
 */
export function exactModified(
  code: string,
  file: string,
  shown: CellValue | undefined,
  files: ReadonlyMap<string, AcceptedFile>,
  offsetMinutes: number,
): string {
  const kept = files.get(code);
  if (kept && kept.file === file) return kept.modified;
  if (shown !== undefined && shown !== null && isDateValue(shown))
    return isoFromRu(`${shown.date.split('-').reverse().join('.')} 00:00`, offsetMinutes) ?? '';
  const t = text(shown);
  if (isIsoStamp(t)) return t;
  return isoFromRu(t, offsetMinutes) ?? '';
}
