/**
 * «Статусы → Включить отслеживание» and «Обновить»: the tracking columns (added once, reused
 * when the plan has them), filled where empty, «Контроль» recomputed, dropdown and colour rules
 * set as range-level changes. Nothing the official typed is overwritten.
 */
import { cellValue, colCount, type CellValue, type Grid, type IsoDate } from '../grid/grid';
import type { Change } from '../changes/change-set';
import { ru } from '../messages/ru';
import type { Plan, Role } from '../plan/plan';
import { STATUS_IDS } from './control';
import { statusReport, type StatusReport } from './status-report';

export const TRACKING_ROLES = ['status', 'control-date', 'evidence', 'control'] as const;
export type TrackingRole = (typeof TRACKING_ROLES)[number];

export const CONTROL_FILLS = { overdue: '#F4CCCC', dueSoon: '#FFE599' } as const;

export type TrackingOutcome =
  | { readonly ok: true; readonly changes: Change[]; readonly added: TrackingRole[]; readonly report: StatusReport }
  | { readonly ok: false; readonly message: string };

export interface TrackingOptions {
  /** Add the missing columns («Включить отслеживание»); without it they must exist («Обновить»). */
  readonly enable: boolean;
  /** Days before the control date that count as «Срок через N дн.». */
  readonly window?: number;
}

/** The tracking columns: those the plan has, then new ones after the last used column. */
function trackingColumns(plan: Plan, grid: Grid): { columns: Record<TrackingRole, number>; added: TrackingRole[] } {
  const existing = plan.header.columns;
  const used = Math.max(colCount(grid), ...Object.values(existing));
  let next = used + 1;
  const added: TrackingRole[] = [];
  const columns = {} as Record<TrackingRole, number>;
  for (const role of TRACKING_ROLES) {
    const col = existing[role as Role];
    if (col !== undefined) columns[role] = col;
    else {
      columns[role] = next++;
      added.push(role);
    }
  }
  return { columns, added };
}

/** One values change per run of consecutive rows of one column. */
function columnRuns(sheet: string, col: number, cells: ReadonlyMap<number, CellValue>): Change[] {
  const rows = [...cells.keys()].sort((a, b) => a - b);
  const out: Change[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === (rows[i - 1] ?? 0) + 1) continue;
    const run = rows.slice(start, i);
    const first = run[0];
    if (first !== undefined)
      out.push({ kind: 'values', sheet, row: first, col, values: run.map((r) => [cells.get(r) ?? null]) });
    start = i;
  }
  return out;
}

/** Width in characters of each added column: «Контрольный срок» fits ДД.ММ.ГГГГ with room to spare. */
const COLUMN_WIDTHS = { status: 14, 'control-date': 14, evidence: 32, control: 22 } as const;

export function planTracking(plan: Plan, grid: Grid, today: IsoDate, options: TrackingOptions): TrackingOutcome {
  const headerRow = plan.header.row;
  if (headerRow === null) return { ok: false, message: ru.status.noHeader };
  const { columns, added } = trackingColumns(plan, grid);
  if (!options.enable && (added.includes('status') || added.includes('control'))) {
    return { ok: false, message: ru.status.notEnabled };
  }
  const sheet = plan.sheet;
  const computed = statusReport(plan, grid, today, options.window);
  // The report points at «Статус» even when this very run adds the column.
  const report: StatusReport = {
    ...computed,
    columns: { status: columns.status, activity: computed.columns?.activity ?? null },
  };
  const changes: Change[] = [];
  for (const role of added) {
    changes.push({ kind: 'values', sheet, row: headerRow, col: columns[role], values: [[ru.status.columns[role]]] });
  }
  const statusCells = new Map<number, CellValue>();
  const dateCells = new Map<number, CellValue>();
  const firstRow = plan.firstRow;
  const lastRow = Math.max(plan.lastRow, ...report.rows.map((r) => r.row));
  const control: CellValue[][] = [];
  const byRow = new Map(report.rows.map((r) => [r.row, r]));
  for (let row = firstRow; row <= lastRow; row++) {
    const r = byRow.get(row);
    control.push([r ? r.control.label : null]);
    if (!r) continue;
    if (options.enable && cellValue(grid, row, columns.status) === null)
      statusCells.set(row, ru.status.names[r.status]);
    if (cellValue(grid, row, columns['control-date']) === null && r.computedDate)
      dateCells.set(row, { date: r.computedDate });
  }
  changes.push(
    ...columnRuns(sheet, columns.status, statusCells),
    ...columnRuns(sheet, columns['control-date'], dateCells),
  );
  const rows = lastRow - firstRow + 1;
  changes.push(
    { kind: 'values', sheet, row: firstRow, col: columns.control, values: control },
    { kind: 'format', sheet, row: firstRow, col: columns['control-date'], rows, cols: 1, numberFormat: 'dd.mm.yyyy' },
    {
      kind: 'validation',
      sheet,
      row: firstRow,
      col: columns.status,
      rows,
      cols: 1,
      list: STATUS_IDS.map((s) => ru.status.names[s]),
      allowOther: true,
    },
    {
      kind: 'conditional',
      sheet,
      row: firstRow,
      col: columns.control,
      rows,
      cols: 1,
      rules: [
        { prefix: ru.status.control.overduePrefix, fill: CONTROL_FILLS.overdue },
        { prefix: ru.status.control.dueSoonPrefix, fill: CONTROL_FILLS.dueSoon },
      ],
    },
  );
  // Widths for the columns added now (never over an official's own later widths): a date column
  // wide enough never to show «###», the wordy ones wrapped over the plan's rows.
  for (const role of added)
    changes.push({
      kind: 'columns',
      sheet,
      col: columns[role],
      widths: [COLUMN_WIDTHS[role]],
      wrapRows: role === 'evidence' || role === 'control' ? lastRow : 0,
    });
  return { ok: true, changes, added, report };
}
