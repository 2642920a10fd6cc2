/**
 * The checklists' half of the summary, from either source: the report of a collect just run
 * (`CollectReport`), or the book as it stands («Школы», «Чек-лист», «Свод чек-листов»), without
 * the school files. Both give the same numbers: statuses from «Школы», answers from the «Свод».
 */
import type { CollectReport } from '../checklists/collect';
import { foldName } from '../checklists/header-find';
import { indicatorTotals, type IndicatorTotal } from '../checklists/indicator-totals';
import { isBlank } from '../checklists/answer-normalize';
import type { Registry } from '../checklists/registry';
import { parseStatus, statusName } from '../checklists/school-status';
import { checklistCounts, isSubmitted } from '../checklists/checklist-counts';
import type { Template } from '../checklists/template';
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import type { ChecklistSummary, SchoolLine } from './summary-types';

type Rows = readonly (readonly CellValue[])[];

function collected(schools: readonly SchoolLine[], totals: readonly IndicatorTotal[]): ChecklistSummary {
  return {
    state: 'collected',
    counts: checklistCounts(schools.map((s) => s.status)),
    notSubmitted: schools.filter((s) => !isSubmitted(s.status)),
    answered: totals[0]?.base ?? 0,
    indicators: [...totals],
  };
}

export function checklistsFromReport(report: CollectReport): ChecklistSummary {
  const schools = report.schools.map((s) => ({
    code: s.code,
    name: s.name,
    status: s.statusId,
    statusLabel: statusName(s.statusId),
  }));
  return collected(schools, report.indicators);
}

const cellKey = (v: CellValue | undefined): string =>
  typeof v === 'string' ? foldName(v) : typeof v === 'number' ? String(v) : '';
const isBlankRow = (line: readonly CellValue[] | undefined): boolean => !line || line.every((v) => isBlank(v));

/** Answers by school code from the first table of «Свод чек-листов»; null when its columns are not the template's. */
function answersByCode(template: Template, rows: Rows): Map<string, readonly CellValue[]> | null {
  const header = (rows[0] ?? []).map(cellKey);
  const codeCol = header.indexOf(foldName(ru.checklists.summary.columns[0]));
  const cols = template.indicators.map((ind) => header.indexOf(foldName(ind.id)));
  if (codeCol < 0 || cols.some((c) => c < 0)) return null;
  const out = new Map<string, readonly CellValue[]>();
  for (const line of rows.slice(1)) {
    if (isBlankRow(line)) break;
    const code = cellKey(line[codeCol]);
    if (code !== '')
      out.set(
        code,
        cols.map((c) => line[c] ?? null),
      );
  }
  return out;
}

/**
 * From the book: `summary` is the «Свод чек-листов» as read, or null before the first collect.
 * A status typed by the official in «Школы» («Принят») is what counts, as collecting keeps it.
 */
export function checklistsFromBook(template: Template, registry: Registry, summary: Rows | null): ChecklistSummary {
  if (summary === null) return { state: 'not-collected', sent: registry.schools.length };
  const answers = answersByCode(template, summary);
  if (answers === null) return { state: 'unreadable', message: ru.summary.empty.stale };
  const schools: SchoolLine[] = registry.schools.map((s) => {
    const status = parseStatus(s.status) ?? 'not-opened';
    return { code: s.code, name: s.name, status, statusLabel: statusName(status) };
  });
  // The same schools as collecting totals: submitted ones with answers.
  const answered = schools.flatMap((s) => {
    const a = answers.get(foldName(s.code));
    return isSubmitted(s.status) && a && a.some((v) => !isBlank(v)) ? [a] : [];
  });
  return collected(schools, indicatorTotals(template, answered));
}
