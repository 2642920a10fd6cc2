/**
 * A school's checklist file as core sees it, whatever the host: its name, when it was last
 * modified, and its sheets read into grids. The hidden «_oko» sheet says which template, which
 * version and which school the file was made for.
 */
import { cellText, type CellValue, type Grid, type IsoDate } from '../grid/grid';
import { ru } from '../messages/ru';
import { foldName } from './header-find';
import { normText, type Template } from './template';
import { storedDay } from './template-meta';

export interface SchoolFile {
  /** The file name as received, e.g. `101.xlsx` or `101 (2).xlsx`. */
  readonly name: string;
  /**
   * When the school last saved it, ISO 8601 with offset. The CLI takes the workbook's own
   * «modified» property, else the file's mtime; the newest file of a school wins.
   */
  readonly modified: string;
  readonly sheets: readonly Grid[];
}

/** A file the host could not open: it goes to quarantine with the host's Russian reason. */
export interface UnreadableFile {
  readonly name: string;
  readonly modified: string;
  readonly unreadable: string;
}

export type ReceivedFile = SchoolFile | UnreadableFile;

export function isUnreadable(f: ReceivedFile): f is UnreadableFile {
  return 'unreadable' in f;
}

/** The hidden sheet of a school file; not a word a school reads, so not in the catalog. */
export const META_SHEET = '_oko';

export interface FileMeta {
  readonly templateId: string;
  readonly version: string;
  /** The day of the version the file was made from; null in files made before dates were kept. */
  readonly date: IsoDate | null;
  readonly code: string;
}

/** Rows of the «_oko» sheet: one `key | value` pair a line, then a warning not to edit. */
export function metaRows(template: Template, code: string, name: string): CellValue[][] {
  const k = ru.checklists.meta;
  return [
    [k.template, template.id],
    [k.version, template.version],
    [k.school, code],
    [k.name, name],
    [k.date, template.date ?? ''],
    [k.note],
  ];
}

/** Reads the pairs back; a missing key reads as ''. */
export function readMeta(grid: Grid): FileMeta {
  const k = ru.checklists.meta;
  const pairs = new Map<string, string>();
  grid.values.forEach((_, i) => pairs.set(foldName(cellText(grid, i + 1, 1)), normText(cellText(grid, i + 1, 2))));
  const get = (key: string): string => pairs.get(foldName(key)) ?? '';
  const dateRow = grid.values.find((line) => foldName(String(line[0] ?? '')) === foldName(k.date));
  return {
    templateId: get(k.template),
    version: get(k.version),
    date: storedDay(dateRow?.[1]),
    code: get(k.school),
  };
}

/** The sheet of a file by name, ignoring case and edge spaces when there is no exact match. */
export function sheetNamed(file: SchoolFile, name: string): Grid | undefined {
  return file.sheets.find((g) => g.sheet === name) ?? file.sheets.find((g) => foldName(g.sheet) === foldName(name));
}

/** The code a file name suggests (`101.xlsx`, `101 (2).xlsx` → `101`), to attribute a broken file. */
export function codeFromName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '');
  return normText(stem.replace(/\s*\(\d+\)$/, ''));
}
