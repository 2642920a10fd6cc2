/**
 * The «Журнал» audit sheet: every run adds its rows at the end (when, who, what, which file,
 * which school, the outcome and why); earlier rows are never rewritten.
 */
import type { Change } from '../changes/change-set';
import { offsetOf, ruDateTime } from '../grid/datetime';
import type { CellValue } from '../grid/grid';
import { ru } from '../messages/ru';

export interface JournalEntry {
  readonly file: string;
  readonly code: string;
  readonly outcome: string;
  readonly details: string;
}

export interface JournalRun {
  /** When the run happened, as the host's clock gave it (ISO 8601). */
  readonly when: string;
  /** Who ran it, where the host knows (an e-mail, a login); '' otherwise. */
  readonly who: string;
  readonly action: string;
  /** The one-line outcome of the whole run. */
  readonly summary: string;
  readonly entries: readonly JournalEntry[];
}

export function journalRows(run: JournalRun): CellValue[][] {
  const line = (file: string, code: string, outcome: string, details: string): CellValue[] => [
    // The host's clock, in its own local time: ДД.ММ.ГГГГ ЧЧ:ММ, never an ISO stamp.
    ruDateTime(run.when, offsetOf(run.when)),
    run.who,
    run.action,
    file === '' ? null : file,
    code === '' ? null : code,
    outcome,
    details === '' ? null : details,
  ];
  return [line('', '', run.summary, ''), ...run.entries.map((e) => line(e.file, e.code, e.outcome, e.details))];
}

/**
 * Appends the run: a new sheet with the header when there is none, else one block of values
 * below the last filled row of the existing sheet (`existing`: its values, as read).
 */
export function journalChanges(existing: readonly (readonly CellValue[])[] | null, run: JournalRun): Change[] {
  const name = ru.checklists.sheets.journal;
  const header = [...ru.checklists.journal.columns];
  const rows = journalRows(run);
  if (existing === null)
    return [
      {
        kind: 'sheet',
        name,
        rows: [header, ...rows],
        widths: [17, 22, 18, 22, 9, 20, 70],
        boldRows: [1],
        rowFills: { 1: '#F2F2F2' },
        wrapCols: [2, 4, 6, 7],
        freezeRows: 1,
        print: { orientation: 'landscape', titleRows: 1 },
      },
    ];
  if (existing.length === 0) return [{ kind: 'values', sheet: name, row: 1, col: 1, values: [header, ...rows] }];
  return [{ kind: 'values', sheet: name, row: existing.length + 1, col: 1, values: rows }];
}
