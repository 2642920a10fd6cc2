/** What one table row is: an item, a section title, a year block, a page-split continuation… */
import { startsLower } from '../text/normalize';
import { splitLeadingNumber, type ItemNumber } from './numbering';
import type { Columns, Role } from './plan';

export type RowKind =
  | { readonly kind: 'blank' }
  | { readonly kind: 'header' }
  | { readonly kind: 'block'; readonly label: string; readonly year: number }
  | { readonly kind: 'section'; readonly number: ItemNumber | null; readonly title: string }
  | { readonly kind: 'continuation' }
  | { readonly kind: 'item'; readonly number: ItemNumber | null; readonly inlineTitle: string | null };

const YEAR_BLOCK = /^(\d{4})\s*(год|г\.?)?$/i;

/** Roles that carry an item's data beyond its wording (the other levels of a plan by levels count). */
const DATA_ROLES = ['region', 'school', 'deadline', 'responsible', 'result', 'form'] as const;
/** The same without the levels: a section title may sit in any level's column. */
const FIELD_ROLES = ['deadline', 'responsible', 'result', 'form'] as const;

/** The next row of the table below this one that is not blank (nor a repeated header). */
export interface NextRow {
  readonly cells: readonly string[];
  readonly number: ItemNumber | null;
}

export interface RowContext {
  readonly columns: Columns;
  /** The row's own number cell, parsed once by the caller. */
  readonly number: ItemNumber | null;
  /** The number of the next numbered row below, to tell a section «1.» from an item «1.». */
  readonly nextNumber: ItemNumber | null;
  /** The next non-blank row, to tell a section whose measures follow from an empty item. */
  readonly next: NextRow | null;
}

const hasData = (cells: readonly string[], columns: Columns, roles: readonly Role[] = DATA_ROLES): boolean =>
  roles.some((r) => {
    const col = columns[r];
    return col !== undefined && (cells[col - 1] ?? '') !== '';
  });

/**
 * A numbered row without data opens a section when what follows belongs to it: numbered
 * sub-items («1.» then «1.1»), unnumbered measures, or a numbering of its own («I.» then «1»,
 * «2.» then «1»). An empty «3» followed by «4» stays an item: its fields are really missing.
 */
function opensSection(number: ItemNumber, ctx: RowContext): boolean {
  const nextNum = ctx.nextNumber;
  if (
    nextNum !== null &&
    nextNum.parts.length > number.parts.length &&
    number.parts.every((p, i) => nextNum.parts[i] === p)
  ) {
    return true;
  }
  const next = ctx.next;
  if (!next) return false;
  const first = next.cells.find((t) => t !== '') ?? '';
  if (startsLower(first)) return false;
  if (!next.number) return hasData(next.cells, ctx.columns);
  if (next.number.roman !== number.roman) return true;
  const last = next.number.parts[next.number.parts.length - 1];
  return next.number.parts.length === number.parts.length && last === 1;
}

/** Classify a row from its cell texts (index 0 = column A). */
export function rowKind(cells: readonly string[], ctx: RowContext): RowKind {
  const filled = cells.map((t, i) => ({ t, col: i + 1 })).filter((c) => c.t !== '');
  if (filled.length === 0) return { kind: 'blank' };
  const { columns } = ctx;
  const at = (col: number | undefined): string => (col === undefined ? '' : (cells[col - 1] ?? ''));
  const number = ctx.number;
  // The words of the row: every filled cell but the number.
  const words = number ? filled.filter((c) => c.col !== columns.number) : filled;

  // «2021 год», or «1. | 2019 год» with the number in its own cell.
  if (words.length === 1) {
    const only = words[0]?.t ?? '';
    const year = YEAR_BLOCK.exec(only);
    if (year?.[1]) return { kind: 'block', label: only, year: Number(year[1]) };
  }

  const numText = at(columns.number);
  if (!number) {
    if (filled.every((c) => startsLower(c.t) || c.t.startsWith('('))) return { kind: 'continuation' };
    if (filled.length === 1) {
      const only = filled[0]?.t ?? '';
      const lead = splitLeadingNumber(only);
      if (lead) return { kind: 'section', number: lead.number, title: lead.rest };
      return { kind: 'section', number: null, title: only };
    }
    // A number and the wording typed into one cell of the number column: «1.1. Разработка …».
    const lead = numText && !at(columns.activity) ? splitLeadingNumber(numText) : null;
    if (lead) return { kind: 'item', number: lead.number, inlineTitle: lead.rest };
    return { kind: 'item', number: null, inlineTitle: null };
  }

  // One cell of words beside the number, nothing else: a section title, when what follows is its content.
  const dataColumns = DATA_ROLES.some((r) => columns[r] !== undefined);
  const titleOnly = words.length === 1 && !hasData(cells, columns, FIELD_ROLES);
  if (titleOnly && dataColumns && opensSection(number, ctx))
    return { kind: 'section', number, title: words[0]?.t ?? '' };
  return { kind: 'item', number, inlineTitle: null };
}
