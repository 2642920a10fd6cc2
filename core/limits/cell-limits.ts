/**
 * One limit policy for everything the tool writes into a book, whatever the host: a cell or a
 * note holds at most 32,767 characters (Excel's limit; Sheets allows 50,000), and a message or
 * note quotes at most ~200 characters of a cell. A shortened text says so at its end.
 */
import type { Change, OutputValue } from '../changes/change-set';
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';

/** Excel's limit for the text of one cell (and of a note). */
export const MAX_CELL_TEXT = 32767;
/** The longest answer or comment a school file may hold (its dropdown cells allow this much). */
export const MAX_SCHOOL_TEXT = 2000;
/** How much of a cell a message or note quotes. */
export const MAX_QUOTE = 200;

/** At most `max` characters of `text`, cut at a word where one is near, with «…» at the cut. */
export function quote(text: string, max = MAX_QUOTE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
}

/** A cell text over the limit, cut with a Russian tail that says how long it was; others as they are. */
export function clampText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const tail = ru.limits.cut(text.length);
  return `${text.slice(0, MAX_CELL_TEXT - tail.length)}${tail}`;
}

function clampValue<T extends OutputValue | CellValue>(v: T): T {
  if (typeof v === 'string') return clampText(v) as T;
  if (typeof v === 'object' && v !== null && 'text' in v && typeof v.text === 'string' && v.text.length > MAX_CELL_TEXT)
    return { ...v, text: clampText(v.text) };
  return v;
}

const clampRows = <T extends OutputValue | CellValue>(rows: readonly (readonly T[])[]): T[][] =>
  rows.map((line) => line.map(clampValue));

const tooLong = (v: unknown): boolean =>
  (typeof v === 'string' && v.length > MAX_CELL_TEXT) ||
  (typeof v === 'object' && v !== null && 'text' in v && typeof v.text === 'string' && v.text.length > MAX_CELL_TEXT);

/** Whether a change writes any text over the limit (cheap: most change sets need no copy). */
function overLimit(c: Change): boolean {
  switch (c.kind) {
    case 'note':
      return c.text.length > MAX_CELL_TEXT;
    case 'values':
      return c.values.some((line) => line.some(tooLong));
    case 'sheet':
      return c.rows.some((line) => line.some(tooLong));
    default:
      return false;
  }
}

/** The change set with every text within the limits; run by every host before it writes anything. */
export function limitChanges(changes: readonly Change[]): Change[] {
  return changes.map((c): Change => {
    if (!overLimit(c)) return c;
    if (c.kind === 'note') return { ...c, text: clampText(c.text) };
    if (c.kind === 'values') return { ...c, values: clampRows(c.values) };
    if (c.kind === 'sheet') return { ...c, rows: clampRows(c.rows) };
    return c;
  });
}
