/** Status of every measure of a plan for a given day: what «Статусы → Обновить» and `oko status` show. */
import { cellValue, isDateValue, type Grid, type IsoDate } from '../grid/grid';
import { excelSerialToIso, isPlausibleSerial } from '../grid/dates';
import { parseDeadline } from '../deadline/deadline-parse';
import { NO_CONTEXT } from '../deadline/deadline';
import type { Plan, PlanItem } from '../plan/plan';
import { controlDate } from './control-date';
import { control, parseStatus, STATUS_IDS, type Control, type ControlKind, type StatusId } from './control';

export interface StatusRow {
  readonly row: number;
  readonly number: string | null;
  readonly activity: string;
  readonly responsible: string;
  readonly section: string | null;
  readonly deadline: string;
  readonly status: StatusId;
  /** The control date in force: the one typed in «Контрольный срок», else the one computed. */
  readonly controlDate: IsoDate | null;
  /** The date computed from the deadline, whatever the cell says. */
  readonly computedDate: IsoDate | null;
  readonly control: Control;
}

export const CONTROL_KINDS: readonly ControlKind[] = ['overdue', 'due-soon', 'on-time', 'no-date', 'done', 'cancelled'];

/** Where a measure's row is best shown: «Статус» once tracking is on, else the activity. */
export interface StatusColumns {
  readonly status: number | null;
  readonly activity: number | null;
}

export interface StatusReport {
  readonly today: IsoDate;
  readonly rows: readonly StatusRow[];
  /** 1-based columns of the plan sheet, for a panel to select a measure's cell. */
  readonly columns?: StatusColumns;
  readonly totals: {
    readonly status: Readonly<Record<StatusId, number>>;
    readonly control: Readonly<Record<ControlKind, number>>;
  };
}

/** A date the official typed in «Контрольный срок»: a date cell, a serial, or text like «20.05.2025». */
export function typedDate(grid: Grid, row: number, col: number | undefined): IsoDate | null {
  if (col === undefined) return null;
  const v = cellValue(grid, row, col);
  if (isDateValue(v)) return v.date;
  if (typeof v === 'number' && isPlausibleSerial(v)) return excelSerialToIso(v);
  if (typeof v === 'string' && v.trim()) {
    const d = parseDeadline(v, NO_CONTEXT);
    return d?.kind === 'date' ? d.to : null;
  }
  return null;
}

function statusRow(plan: Plan, grid: Grid, item: PlanItem, today: IsoDate, window: number): StatusRow {
  const status = parseStatus(item.text.status ?? '');
  const computedDate = controlDate(item.deadline, today, status === 'done');
  const date = typedDate(grid, item.row, plan.header.columns['control-date']) ?? computedDate;
  return {
    row: item.row,
    number: item.number,
    activity: item.text.activity ?? item.text.region ?? item.text.school ?? '',
    responsible: item.text.responsible ?? '',
    section: item.section,
    deadline: item.deadline?.text ?? '',
    status,
    controlDate: date,
    computedDate,
    control: control(status, date, today, window),
  };
}

/** Measures only: a parent whose numbered sub-items carry the work is not counted twice. */
export function trackedItems(plan: Plan): PlanItem[] {
  const parents = new Set(plan.items.filter((i) => i.number !== null).map((i) => i.parentRow));
  return plan.items.filter((i) => !(parents.has(i.row) && i.number !== null && !i.deadline));
}

export function statusReport(plan: Plan, grid: Grid, today: IsoDate, window = 14): StatusReport {
  const rows = trackedItems(plan).map((item) => statusRow(plan, grid, item, today, window));
  const status = Object.fromEntries(STATUS_IDS.map((s) => [s, 0])) as Record<StatusId, number>;
  const controlTotals = Object.fromEntries(CONTROL_KINDS.map((k) => [k, 0])) as Record<ControlKind, number>;
  for (const r of rows) {
    status[r.status]++;
    controlTotals[r.control.kind]++;
  }
  const cols = plan.header.columns;
  const columns = { status: cols.status ?? null, activity: cols.activity ?? cols.region ?? cols.school ?? null };
  return { today, rows, columns, totals: { status, control: controlTotals } };
}
