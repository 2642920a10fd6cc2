/**
 * «Реквизиты»: a small sheet the official fills once (organisation, addressee, who signs, the
 * executor and phone). The справка takes its letterhead, addressee, signature and «Исп.» line from
 * it; every host reads the same sheet. A missing sheet is created with bracketed placeholders.
 */
import type { SheetChange } from '../changes/change-set';
import type { CellValue } from '../grid/grid';
import { valueText } from '../grid/grid';
import { foldName } from '../checklists/header-find';
import { ru } from '../messages/ru';
import type { SchoolFileInfo } from '../checklists/school-sheet';

export const REQUISITE_KEYS = [
  'organisation',
  'addressee',
  'headPosition',
  'headName',
  'executor',
  'phone',
  'checklistDeadline',
] as const;
export type RequisiteKey = (typeof REQUISITE_KEYS)[number];
export type Requisites = Readonly<Record<RequisiteKey, string>>;

/** The placeholders: what the справка prints until the sheet is filled. */
export function placeholderRequisites(): Requisites {
  return { ...ru.requisites.placeholders };
}

/**
 * The values of the sheet as read (null: no sheet). Rows are found by their label anywhere in
 * column A, so an official may add lines or reorder them; an empty value falls back to the placeholder.
 */
export function readRequisites(rows: readonly (readonly CellValue[])[] | null): Requisites {
  const out: Record<RequisiteKey, string> = { ...ru.requisites.placeholders };
  if (rows === null) return out;
  const byLabel = new Map<string, RequisiteKey>(REQUISITE_KEYS.map((k) => [foldName(ru.requisites.labels[k]), k]));
  for (const line of rows) {
    const key = byLabel.get(foldName(valueText(line[0] ?? null)));
    const value = valueText(line[1] ?? null)
      .replace(/\s+/g, ' ')
      .trim();
    if (key && value !== '') out[key] = value;
  }
  return out;
}

/** The sheet with its placeholders, written only when the book has none (never over the official's). */
export function requisitesSheet(): SheetChange {
  const r = ru.requisites;
  const rows: CellValue[][] = [
    [r.title],
    [...r.columns],
    ...REQUISITE_KEYS.map((k) => [r.labels[k], r.placeholders[k]]),
    [],
    [r.hint],
  ];
  return {
    kind: 'sheet',
    name: r.sheetName,
    rows,
    widths: [44, 70],
    boldRows: [1, 2],
    rowFills: { 2: '#F2F2F2' },
    wrapCols: [1, 2],
    freezeRows: 2,
    print: { orientation: 'portrait', titleRows: 2 },
  };
}

const isPlaceholder = (r: Requisites, k: RequisiteKey): boolean => r[k] === ru.requisites.placeholders[k];

/** What a school's file says about returning it: the deadline and the executor, once filled in. */
export function schoolFileInfo(r: Requisites): SchoolFileInfo {
  const m = ru.checklists.instruction;
  const contact = !isPlaceholder(r, 'executor') && !isPlaceholder(r, 'phone');
  return {
    deadline: isPlaceholder(r, 'checklistDeadline') ? m.noDeadline : r.checklistDeadline,
    returnTo: contact
      ? m.returnLine(r.executor, r.phone, isPlaceholder(r, 'organisation') ? '' : r.organisation)
      : m.noReturnTo,
  };
}
