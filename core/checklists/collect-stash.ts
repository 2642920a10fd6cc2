/**
 * «Собрать» on Google Sheets reads many school files over several runs: the files read so far
 * wait on a hidden sheet of the book (one row a file), and a cursor says where the next run goes
 * on. Merging happens once, over all of them, when the last file is read.
 */
import type { CellValue, Grid } from '../grid/grid';
import type { School } from './registry';
import { isUnreadable, type ReceivedFile } from './school-file';
import { shortHash } from './short-hash';

export const STASH_SHEET = '_oko_collect';

/** Sheets holds at most 50,000 characters a cell: a file's JSON is cut into pieces below that. */
const PIECE = 40000;

export interface CollectCursor {
  /** The template version the files were read for. */
  readonly version: string;
  /** Which schools, with which links: a changed registry means reading again from the top. */
  readonly key: string;
  /** How many of the linked schools are read (and stashed). */
  readonly next: number;
}

/** Stands for the list of linked schools, in order. */
export function collectKey(schools: readonly Pick<School, 'code' | 'link'>[]): string {
  return shortHash(schools.map((s) => `${s.code}\t${s.link}`).join('\n'), 12);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

export function parseCollectCursor(json: string | null | undefined): CollectCursor | null {
  const v = json ? parse(json) : null;
  if (!isObject(v) || typeof v.version !== 'string' || typeof v.key !== 'string') return null;
  if (typeof v.next !== 'number' || !Number.isInteger(v.next) || v.next < 0) return null;
  return { version: v.version, key: v.key, next: v.next };
}

export const collectCursorJson = (c: CollectCursor): string =>
  JSON.stringify({ version: c.version, key: c.key, next: c.next });

/** One row a file: name, modified, the reason it could not be read (or null), then its sheets as JSON pieces. */
export function stashRows(files: readonly ReceivedFile[]): CellValue[][] {
  return files.map((f) => {
    if (isUnreadable(f)) return [f.name, f.modified, f.unreadable];
    const json = JSON.stringify(f.sheets.map((g) => ({ sheet: g.sheet, values: g.values })));
    const pieces: string[] = [];
    for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
    return [f.name, f.modified, null, ...pieces];
  });
}

function isCellValue(v: unknown): v is CellValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return true;
  if (!isObject(v) || Object.keys(v).length !== 1) return false;
  return typeof v.date === 'string' || typeof v.error === 'string';
}

function toGrid(v: unknown): Grid | null {
  if (!isObject(v) || typeof v.sheet !== 'string' || !Array.isArray(v.values)) return null;
  const rows: unknown[] = v.values;
  if (!rows.every((line): line is unknown[] => Array.isArray(line) && line.every(isCellValue))) return null;
  return { sheet: v.sheet, values: rows as CellValue[][], merges: [] };
}

const text = (v: CellValue | undefined): string | null =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);

function readRow(line: readonly CellValue[]): ReceivedFile | null {
  const [name, modified, unreadable, ...pieces] = line;
  const n = text(name);
  if (n === null || n === '') return null;
  const m = text(modified) ?? '';
  const reason = text(unreadable);
  if (reason !== null && reason !== '') return { name: n, modified: m, unreadable: reason };
  const sheets = parse(pieces.map((p) => text(p) ?? '').join(''));
  if (!Array.isArray(sheets)) return null;
  const grids = sheets.map(toGrid);
  return grids.every((g): g is Grid => g !== null) ? { name: n, modified: m, sheets: grids } : null;
}

/** The stashed files, or null when a row is damaged: then the reading starts over, nothing is lost. */
export function readStash(values: readonly (readonly CellValue[])[] | null): ReceivedFile[] | null {
  if (values === null) return null;
  const files: ReceivedFile[] = [];
  for (const line of values) {
    if (line.every((v) => v === null || v === '')) continue;
    const file = readRow(line);
    if (file === null) return null;
    files.push(file);
  }
  return files;
}
