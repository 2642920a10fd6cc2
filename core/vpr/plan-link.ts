/**
 * The plan's measures about schools «с признаками необъективности» get a note naming those
 * schools, when the book has the analysis: the plan says what to do, the sheet says to whom.
 */
import type { NoteChange } from '../changes/change-set';
import { ru } from '../messages/ru';
import type { Plan, Role } from '../plan/plan';
import type { VprDigest } from './vpr-digest';

/** «в отношении ОО с признаками необъективности», «школ, показавших необъективные результаты»… */
const ABOUT_FLAGGED = /необъективн/i;

const LEVELS: readonly Role[] = ['activity', 'region', 'school'];

export function vprPlanNotes(plan: Plan, d: VprDigest): NoteChange[] {
  if (!d.index) return [];
  const note = d.flagged.length
    ? ru.vpr.planNote.list(
        d.index.year,
        d.flagged.map((f) => `${f.login} — ${f.school}`),
      )
    : ru.vpr.planNote.none(d.index.year);
  const out: NoteChange[] = [];
  for (const item of plan.items) {
    const role = LEVELS.find((r) => ABOUT_FLAGGED.test(item.text[r] ?? ''));
    const col = role ? plan.header.columns[role] : undefined;
    if (col !== undefined) out.push({ kind: 'note', sheet: plan.sheet, row: item.row, col, text: note });
  }
  return out;
}
