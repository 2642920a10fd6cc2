/** status-unknown and control-date-invalid: what an official typed in the tracking columns. */
import { cellText, cellValue } from '../grid/grid';
import { ru } from '../messages/ru';
import { recogniseStatus, STATUS_IDS } from '../status/control';
import { typedDate } from '../status/status-report';
import { issue, type Rule } from './rule';

export const statusUnknown: Rule = {
  id: 'status-unknown',
  check(plan) {
    const col = plan.header.columns.status;
    if (col === undefined) return [];
    const names = STATUS_IDS.map((s) => ru.status.names[s]);
    return plan.items
      .filter((it) => it.text.status && recogniseStatus(it.text.status) === null)
      .map((it) =>
        issue('status-unknown', 'warning', it.row, col, ru.rules.statusUnknown(it.text.status ?? '', names)),
      );
  },
};

export const controlDateInvalid: Rule = {
  id: 'control-date-invalid',
  check(plan, grid) {
    const col = plan.header.columns['control-date'];
    if (col === undefined) return [];
    return plan.items
      .filter(
        (it) =>
          cellValue(grid, it.row, col) !== null &&
          cellText(grid, it.row, col).trim() !== '' &&
          typedDate(grid, it.row, col) === null,
      )
      .map((it) =>
        issue('control-date-invalid', 'warning', it.row, col, ru.rules.controlDateInvalid(cellText(grid, it.row, col))),
      );
  },
};
