/** Every rule of «Проверить план», in one list; the order here is the order of the report. */
import type { Grid } from '../grid/grid';
import type { Plan } from '../plan/plan';
import type { Issue } from '../check/issue';
import type { Rule } from './rule';
import { missingActivity, missingDeadline, missingResponsible, missingResult } from './rule-missing-field';
import { deadlineOutsidePeriod, deadlineReversed, deadlineUnparsed } from './rule-deadline';
import { numberDuplicate, numberFormat, numberGap } from './rule-numbering';
import { headerMissing, headerRepeated, rowContinuation } from './rule-structure';
import { duplicateBlock, duplicateItem } from './rule-duplicates';
import { periodMismatch } from './rule-period';
import { columnAbsent } from './rule-column-absent';
import { responsibleUnseparated } from './rule-responsible-unseparated';
import { textCleanup, textTypo } from './rule-text';
import { statusMissingEvidence } from './rule-status-evidence';
import { controlDateInvalid, statusUnknown } from './rule-status-values';

export const RULES: readonly Rule[] = [
  headerMissing,
  headerRepeated,
  columnAbsent,
  periodMismatch,
  duplicateBlock,
  rowContinuation,
  missingActivity,
  missingDeadline,
  missingResponsible,
  missingResult,
  deadlineUnparsed,
  deadlineReversed,
  deadlineOutsidePeriod,
  numberDuplicate,
  numberGap,
  numberFormat,
  duplicateItem,
  responsibleUnseparated,
  textTypo,
  textCleanup,
  statusMissingEvidence,
  statusUnknown,
  controlDateInvalid,
];

export function runRules(plan: Plan, grid: Grid): Issue[] {
  return RULES.flatMap((rule) => rule.check(plan, grid));
}
