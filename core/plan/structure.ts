/** Builds sections, year blocks and items (with merged continuations) from classified rows. */
import { joinSplit } from '../text/normalize';
import { numberKey, parseNumber, type ItemNumber } from './numbering';
import { rowKind, type NextRow, type RowKind } from './row-kind';
import type { PlanBlock, PlanSection, Role } from './plan';
import type { TableLocation } from './table-locate';

/** An item before its deadline is parsed (that needs the plan period). */
export interface DraftItem {
  row: number;
  rows: number[];
  continuations: number[];
  number: ItemNumber | null;
  depth: number;
  parentRow: number | null;
  section: string | null;
  sectionRow: number | null;
  block: string | null;
  blockRow: number | null;
  text: Partial<Record<Role, string>>;
  /** The raw deadline cell of the item's own row, for date cells and serial numbers. */
  deadlineRow: number;
}

export interface Structure {
  readonly items: DraftItem[];
  readonly sections: PlanSection[];
  readonly blocks: PlanBlock[];
}

const ROLES_IN_ORDER: readonly Role[] = [
  'activity',
  'region',
  'school',
  'deadline',
  'responsible',
  'result',
  'form',
  'status',
  'control-date',
  'evidence',
  'control',
];

export function buildStructure(texts: readonly (readonly string[])[], loc: TableLocation): Structure {
  const { columns } = loc;
  const cellsOf = (r: number): readonly string[] => texts[r - 1] ?? [];
  // Repeated headers and column-number rows are layout, not plan rows: skipped without a word.
  const skipped = new Set([...loc.repeatedRows, ...loc.columnNumberRows]);

  // Below each row: the next numbered row (so «1.» followed by «1.1» reads as a section) and the next
  // non-blank row (so «I.» followed by measures of its own reads as one too).
  const numbers: (ItemNumber | null)[] = new Array<ItemNumber | null>(loc.lastRow + 2).fill(null);
  const nextNumber: (ItemNumber | null)[] = new Array<ItemNumber | null>(loc.lastRow + 2).fill(null);
  const nextRow: (NextRow | null)[] = new Array<NextRow | null>(loc.lastRow + 2).fill(null);
  let upcoming: ItemNumber | null = null;
  let below: NextRow | null = null;
  for (let r = loc.lastRow; r >= loc.firstRow; r--) {
    nextNumber[r] = upcoming;
    nextRow[r] = below;
    if (skipped.has(r)) continue;
    const cells = cellsOf(r);
    const text = columns.number !== undefined ? (cells[columns.number - 1] ?? '') : '';
    const n = text ? parseNumber(text) : null;
    numbers[r] = n;
    if (n) upcoming = n;
    if (cells.some((t) => t !== '')) below = { cells, number: n };
  }

  const items: DraftItem[] = [];
  const sections: PlanSection[] = [];
  const blocks: { row: number; label: string; year: number; itemRows: number[] }[] = [];
  let section: PlanSection | null = null;
  let block: (typeof blocks)[number] | null = null;
  let lastItem: DraftItem | null = null;
  // The latest item of each number in the current block: a «3.1.2» finds its «3.1» at once.
  const numbered = new Map<string, DraftItem>();
  const byRow = new Map<number, DraftItem>();

  for (let r = loc.firstRow; r <= loc.lastRow; r++) {
    if (skipped.has(r)) continue;
    const cells = cellsOf(r);
    const kind: RowKind = rowKind(cells, {
      columns,
      number: numbers[r] ?? null,
      nextNumber: nextNumber[r] ?? null,
      next: nextRow[r] ?? null,
    });
    switch (kind.kind) {
      case 'blank':
      case 'header':
        break;
      case 'block':
        block = { row: r, label: kind.label, year: kind.year, itemRows: [] };
        blocks.push(block);
        section = null;
        lastItem = null;
        numbered.clear();
        break;
      case 'section':
        section = {
          row: r,
          number: kind.number?.raw ?? null,
          title: kind.title,
          block: block?.label ?? null,
          blockRow: block?.row ?? null,
        };
        sections.push(section);
        lastItem = null;
        break;
      case 'continuation':
        if (lastItem) {
          for (const role of ROLES_IN_ORDER) {
            const col = columns[role];
            const add = col === undefined ? '' : (cells[col - 1] ?? '');
            if (add) lastItem.text[role] = joinSplit(lastItem.text[role] ?? '', add);
          }
          lastItem.rows.push(r);
          lastItem.continuations.push(r);
        } else {
          section = {
            row: r,
            number: null,
            title: cells.filter(Boolean).join(' '),
            block: block?.label ?? null,
            blockRow: block?.row ?? null,
          };
          sections.push(section);
        }
        break;
      case 'item': {
        const text: Partial<Record<Role, string>> = {};
        for (const role of ROLES_IN_ORDER) {
          const col = columns[role];
          const t = col === undefined ? '' : (cells[col - 1] ?? '');
          if (t) text[role] = t;
        }
        if (kind.inlineTitle && !text.activity) text.activity = kind.inlineTitle;
        let parent: DraftItem | null = null;
        let depth = 1;
        if (kind.number) {
          const parts = kind.number.parts;
          parent = numbered.get(numberKey(parts.slice(0, -1))) ?? null;
          depth = parts.length;
        } else if (columns.number !== undefined && lastItem) {
          // An unnumbered row under a numbered item is its sub-item.
          parent = lastItem.number ? lastItem : (byRow.get(lastItem.parentRow ?? 0) ?? null);
          depth = (parent?.depth ?? 0) + 1;
        }
        const item: DraftItem = {
          row: r,
          rows: [r],
          continuations: [],
          number: kind.number,
          depth,
          parentRow: parent?.row ?? null,
          section: section?.title ?? null,
          sectionRow: section?.row ?? null,
          block: block?.label ?? null,
          blockRow: block?.row ?? null,
          text,
          deadlineRow: r,
        };
        items.push(item);
        byRow.set(r, item);
        block?.itemRows.push(r);
        if (kind.number) numbered.set(numberKey(kind.number.parts), item);
        lastItem = item;
        break;
      }
    }
  }
  // Title-like rows after the last item (signatures, notes) are not sections of the plan.
  const lastItemRow = items.length ? (items[items.length - 1]?.row ?? 0) : 0;
  return { items, sections: sections.filter((s) => s.row < lastItemRow), blocks };
}
