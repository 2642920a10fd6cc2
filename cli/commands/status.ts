/** `oko status FILE.xlsx [--today D] [--sheet NAME] [--json] [--out OUT.xlsx]`: statuses on a day. */
import { commandToday } from '../today';
import { runSync } from '../../core/commands/flow';
import { statusFlow, trackingFlow, type StatusResult } from '../../core/commands/status-flows';
import { isoToRu } from '../../core/grid/grid';
import { ru } from '../../core/messages/ru';
import type { StatusReport } from '../../core/status/status-report';
import type { Command } from '../args';
import { checkWorkbook } from '../book-check';
import { CliFailure } from '../failure';
import type { Io } from '../io';
import { samePath } from '../paths';
import { XlsxHost } from '../../xlsx/host';
import { openWorkbook } from '../xlsx-open';
import { saveWorkbook } from '../xlsx-save';

export type StatusCommand = Extract<Command, { kind: 'status' }>;

/** The contract's JSON: per item row, number, status, control date, «Контроль», days left; totals. */
export function statusJson(report: StatusReport): object {
  return {
    today: report.today,
    items: report.rows.map((r) => ({
      row: r.row,
      number: r.number,
      status: ru.status.names[r.status],
      controlDate: r.controlDate,
      control: r.control.label,
      daysLeft: r.control.daysLeft,
    })),
    totals: {
      status: Object.fromEntries(
        Object.entries(report.totals.status).map(([k, n]) => [ru.status.names[k as keyof typeof ru.status.names], n]),
      ),
      control: report.totals.control,
    },
  };
}

function lines(result: StatusResult): string[] {
  const report = result.report;
  if (!report) return [result.message];
  const out = [ru.cli.status.header(result.sheet, isoToRu(report.today)), result.message];
  for (const r of report.rows) {
    if (r.control.kind !== 'overdue' && r.control.kind !== 'due-soon') continue;
    out.push(`${r.row}: ${r.number ?? '—'} ${r.activity.slice(0, 80)} — ${r.control.label}`);
  }
  return out;
}

export async function runStatus(cmd: StatusCommand, io: Io): Promise<number> {
  if (cmd.out !== null && samePath(cmd.file, cmd.out)) throw new CliFailure(ru.cli.outSameAsInput);
  const today = commandToday(cmd.today);
  const wb = await openWorkbook(cmd.file);
  const { plan, note } = checkWorkbook(wb, cmd.file, cmd.sheet);
  if (note !== null) io.err(note);
  const host = new XlsxHost(wb, plan.sheet);
  // With --out the copy gets the tracking columns; without it the book is only read.
  const result = runSync(host, cmd.out !== null ? trackingFlow(today, true) : statusFlow(today));
  if (!result.ok) throw new CliFailure(result.message);
  if (cmd.out !== null) await saveWorkbook(wb, cmd.out, [cmd.file]);
  if (cmd.json && result.report) io.out(JSON.stringify(statusJson(result.report), null, 2));
  else {
    io.out(lines(result).join('\n'));
    if (cmd.out !== null) io.out(ru.cli.status.written(cmd.out));
  }
  return 0;
}
