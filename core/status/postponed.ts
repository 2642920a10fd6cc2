/**
 * «Перенесено» asks the official for the new date: a postponed measure whose control date is
 * missing or not later than the one computed from its deadline has not been given one yet.
 */
import type { StatusReport, StatusRow } from './status-report';

export function postponedWithoutDate(report: StatusReport): StatusRow[] {
  return report.rows.filter(
    (r) =>
      r.status === 'postponed' &&
      (r.controlDate === null || (r.computedDate !== null && r.controlDate <= r.computedDate)),
  );
}
