/**
 * «Разослать» on Google Sheets, the pure part: which schools still need a file, where a stopped
 * run goes on, and what the tool keeps between runs — a cursor while a run is unfinished, and per
 * school the file it made and for which template version. The host creates and shares the files.
 */
import type { Change } from '../changes/change-set';
import type { Grid } from '../grid/grid';
import type { Registry, School } from './registry';
import { linkChanges, registryChanges } from './registry-update';
import type { SchoolBookSpec } from './school-sheet';

/** An unfinished run: the template version it sends, its Drive folder, the school index to go on from. */
export interface SendCursor {
  readonly version: string;
  readonly folderId: string;
  readonly next: number;
}

/** The file the tool made for a school, and the template version it was made from. */
export interface SentFile {
  readonly file: string;
  readonly version: string;
}

/** Property keys: one per school, so a thousand schools stay under the 9 KB a value may hold. */
export const SENT_PREFIX = 'oko.checklists.sent.';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(json: string | null | undefined): unknown {
  if (!json) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export function parseSendCursor(json: string | null | undefined): SendCursor | null {
  const v = parse(json);
  if (!isObject(v) || typeof v.version !== 'string' || typeof v.folderId !== 'string') return null;
  const next = typeof v.next === 'number' && Number.isInteger(v.next) && v.next >= 0 ? v.next : 0;
  return { version: v.version, folderId: v.folderId, next };
}

export const sendCursorJson = (c: SendCursor): string =>
  JSON.stringify({ version: c.version, folderId: c.folderId, next: c.next });

/** The per-school records among a document's properties. */
export function readSentFiles(props: Readonly<Record<string, string>>): Map<string, SentFile> {
  const out = new Map<string, SentFile>();
  for (const [key, json] of Object.entries(props)) {
    if (!key.startsWith(SENT_PREFIX)) continue;
    const v = parse(json);
    if (isObject(v) && typeof v.file === 'string' && typeof v.version === 'string')
      out.set(key.slice(SENT_PREFIX.length), { file: v.file, version: v.version });
  }
  return out;
}

export function sentFileProperty(code: string, sent: SentFile): [string, string] {
  return [`${SENT_PREFIX}${code}`, JSON.stringify({ file: sent.file, version: sent.version })];
}

/** The Drive file id in a Google Sheets link (`…/d/<id>/…`, `?id=<id>`) or a bare id; null otherwise. */
export function fileIdOf(link: string): string | null {
  const s = link.trim();
  const m =
    /\/d\/([A-Za-z0-9_-]{10,})/.exec(s) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(s) ?? /^([A-Za-z0-9_-]{25,})$/.exec(s);
  return m?.[1] ?? null;
}

/**
 * Does the school already have its file? A link counts unless the tool knows it made that very file
 * from an older template version: a link the official pasted, or one made before the tool kept
 * records, is left alone (never a second file for a school by mistake).
 */
export function hasCurrentFile(
  school: Pick<School, 'code' | 'link'>,
  sent: ReadonlyMap<string, SentFile>,
  version: string,
): boolean {
  if (school.link === '') return false;
  const record = sent.get(school.code);
  return !(record && record.file === fileIdOf(school.link) && record.version !== version);
}

export interface SendTask {
  /** The school's index in the registry: where a stopped run goes on. */
  readonly index: number;
  readonly spec: SchoolBookSpec;
  readonly email: string;
}

export interface SendPlan {
  /** The files to make, from `start` to the end of the registry, then from its top. */
  readonly tasks: readonly SendTask[];
  /** Schools that already have their file. */
  readonly current: readonly string[];
  /** Schools without an e-mail: nobody to share a file with. */
  readonly noEmail: readonly string[];
}

/** `specs` are the schools' file specs in registry order (one per school). */
export function planSend(
  schools: readonly School[],
  specs: readonly SchoolBookSpec[],
  sent: ReadonlyMap<string, SentFile>,
  version: string,
  start: number,
): SendPlan {
  const tasks: SendTask[] = [];
  const current: string[] = [];
  const noEmail: string[] = [];
  schools.forEach((school, index) => {
    const spec = specs[index];
    if (!spec) return;
    if (hasCurrentFile(school, sent, version)) current.push(school.code);
    else if (school.email === '') noEmail.push(school.code);
    else tasks.push({ index, spec, email: school.email });
  });
  // Rows inserted above the cursor since the run stopped are not missed: they come last.
  const from = start > 0 && start < schools.length ? start : 0;
  const ordered = [...tasks.filter((t) => t.index >= from), ...tasks.filter((t) => t.index < from)];
  return { tasks: ordered, current, noEmail };
}

/**
 * The links and the status of the schools that got a file, into «Школы»: the «Ссылка» and
 * «Статус» columns (added after the last header cell if missing); other cells keep what they hold.
 */
export function sentChanges(
  grid: Grid,
  registry: Registry,
  links: ReadonlyMap<string, string>,
  status: string,
): Change[] {
  if (links.size === 0) return [];
  const link = linkChanges(grid, registry, links);
  const linkCol = registry.cols.link ?? registry.lastCol + 1;
  // With «Ссылка» just added, «Статус» (if missing too) goes after it, not onto it.
  const widened: Registry = {
    ...registry,
    cols: { ...registry.cols, link: linkCol },
    lastCol: Math.max(registry.lastCol, linkCol),
  };
  const results = new Map([...links.keys()].map((code) => [code, { status, date: undefined }]));
  const [statusChange] = registryChanges(grid, widened, results);
  return statusChange ? [...link, statusChange] : link;
}
