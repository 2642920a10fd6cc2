/**
 * The book's template for matching, on a hidden sheet: the id, the version hash and the day the
 * version was made. «Чек-лист» shows people only «версия от ДД.ММ.ГГГГ»; school files carry the
 * same three in their own hidden «_oko» sheet.
 */
import type { SheetChange } from '../changes/change-set';
import { isDateValue, type CellValue, type IsoDate } from '../grid/grid';
import { ru } from '../messages/ru';
import { foldName } from './header-find';
import { normText, type Template } from './template';

/** A technical sheet nobody reads, so its name is not in the catalog (as `_oko` of a school file). */
export const TEMPLATE_SHEET = '_oko_template';

export interface TemplateMeta {
  readonly id: string;
  readonly version: string;
  readonly date: IsoDate | null;
}

export function templateMetaSheet(t: Template): SheetChange {
  const k = ru.checklists.meta;
  return {
    kind: 'sheet',
    name: TEMPLATE_SHEET,
    rows: [[k.template, t.id], [k.version, t.version], [k.date, t.date ?? ''], [k.note]],
    widths: [16, 40],
    hidden: true,
  };
}

/** A stored day: an ISO `YYYY-MM-DD` text or a date cell (a host may have typed it); null otherwise. */
export function storedDay(v: CellValue | undefined): IsoDate | null {
  if (v !== undefined && v !== null && isDateValue(v)) return v.date;
  const t = typeof v === 'string' ? v.trim() : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
}

/** `key | value` pairs by the catalog's keys; null when the sheet is missing or names no template. */
export function readTemplateMeta(values: readonly (readonly CellValue[])[] | null): TemplateMeta | null {
  if (!values) return null;
  const k = ru.checklists.meta;
  const byKey = new Map(values.map((line) => [foldName(String(line[0] ?? '')), line[1]] as const));
  const text = (key: string): string => {
    const v = byKey.get(foldName(key));
    return typeof v === 'string' || typeof v === 'number' ? normText(String(v)) : '';
  };
  const id = text(k.template);
  if (id === '') return null;
  return { id, version: text(k.version), date: storedDay(byKey.get(foldName(k.date))) };
}
