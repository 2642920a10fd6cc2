/** The short human report of `oko checklists collect`: outcome, quarantine, who has not submitted. */
import type { CollectReport } from '../core/checklists/collect';
import { versionName } from '../core/checklists/template';
import { ru } from '../core/messages/ru';

export function collectLines(report: CollectReport, written: string | null): string[] {
  const m = ru.checklists.cli;
  const lines = [
    m.template(versionName(report.template.date), report.indicators.length),
    report.message,
    ...report.warnings,
  ];
  if (report.quarantine.length > 0) {
    lines.push(m.quarantineHead, ...report.quarantine.map((q) => m.quarantineLine(q.file, q.reason)));
  }
  lines.push(report.notSubmitted.length > 0 ? m.notSubmitted(report.notSubmitted) : m.allSubmitted);
  lines.push(written === null ? m.dryRun : m.written(written));
  return lines;
}
