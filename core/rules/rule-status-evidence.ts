/** status-missing-evidence: «Выполнено» without a note of what proves it. */
import { ru } from '../messages/ru';
import { parseStatus } from '../status/control';
import { issue, type Rule } from './rule';

export const statusMissingEvidence: Rule = {
  id: 'status-missing-evidence',
  check(plan) {
    const statusCol = plan.header.columns.status;
    const evidenceCol = plan.header.columns.evidence;
    if (statusCol === undefined || evidenceCol === undefined) return [];
    return plan.items
      .filter((it) => parseStatus(it.text.status ?? '') === 'done' && !it.text.evidence)
      .map((it) => issue('status-missing-evidence', 'warning', it.row, evidenceCol, ru.rules.statusMissingEvidence));
  },
};
