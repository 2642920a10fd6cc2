/**
 * column-absent: a plan without a deadline or responsible column («план-график» without executors,
 * a roadmap by levels). The rules for that column stay silent row by row; one note for the plan says why.
 */
import { ROLE_NAMES, ru } from '../messages/ru';
import type { Role } from '../plan/plan';
import { issue, type Rule } from './rule';

const EXPECTED: readonly Role[] = ['deadline', 'responsible'];

export const columnAbsent: Rule = {
  id: 'column-absent',
  check(plan) {
    // A plan without a header row already hears which columns were found (`header-missing`).
    const row = plan.header.row;
    if (row === null) return [];
    const absent = EXPECTED.filter((r) => plan.header.columns[r] === undefined).map((r) => ROLE_NAMES[r]);
    return absent.length === 0 ? [] : [issue('column-absent', 'info', row, null, ru.rules.columnAbsent(absent))];
  },
};
