/** What one table row is: an item, a section title, a year block, a page-split continuation… */
import { startsLower } from '../text/normalize';
import { splitLeadingNumber, type ItemNumber } from './numbering';
import type { Columns } from './plan';

export type RowKind =
  | { readonly kind: 'blank' }
  | { readonly kind: 'header' }
  | { readonly kind: 'block'; readonly label: string; readonly year: number }
  | { readonly kind: 'section'; readonly number: ItemNumber | null; readonly title: string }
  | { readonly kind: 'continuation' }
  | { readonly kind: 'item'; readonly number: ItemNumber | null; readonly inlineTitle: string | null };

const YEAR_BLOCK = /^(\d{4})\s*(год|г\.?)?$/i;

/** Roles that carry an item's data beyond its wording. */
const DATA_ROLES = ['school', 'deadline', 'responsible', 'result', 'form'] as const;

export interface RowContext {
  readonly columns: Columns;
  /** The row's own number cell, parsed once by the caller. */
  readonly number: ItemNumber | null;
  /** The number of the next numbered row below, to tell a section «1.» from an item «1.». */
  readonly nextNumber: ItemNumber | null;
}

/** Classify a row from its cell texts (index 0 = column A). */
export function rowKind(cells: readonly string[], ctx: RowContext): RowKind {
  const filled = cells.map((t, i) => ({ t, col: i + 1 })).filter((c) => c.t !== '');
  if (filled.length === 0) return { kind: 'blank' };
  const { columns } = ctx;
  const at = (col: number | undefined): string => (col === undefined ? '' : (cells[col - 1] ?? ''));

  if (filled.length === 1) {
    const only = filled[0]?.t ?? '';
    const year = YEAR_BLOCK.exec(only);
    if (year?.[1]) return { kind: 'block', label: only, year: Number(year[1]) };
  }

  const numText = at(columns.number);
  const number = ctx.number;
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

  const hasData = DATA_ROLES.some((r) => at(columns[r]) !== '');
  const dataColumns = DATA_ROLES.some((r) => columns[r] !== undefined);
  const next = ctx.nextNumber;
  const hasChildren =
    next !== null && next.parts.length > number.parts.length && number.parts.every((p, i) => next.parts[i] === p);
  if (!hasData && dataColumns && hasChildren) return { kind: 'section', number, title: at(columns.activity) };
  return { kind: 'item', number, inlineTitle: null };
}
