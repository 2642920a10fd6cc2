/**
 * What a host shows after «Объективность ВПР»: the index, the schools with signs, the files not
 * analysed and what could not be checked, in Russian. The same in the Sheets dialog and the Excel pane.
 */
import { ru } from '../messages/ru';
import { findingName, testLabel } from './vpr-format';
import { indexLine } from './vpr-sheet';
import type { VprAnalysis } from './vpr-types';

export interface VprOutcome {
  readonly ok: boolean;
  /** One line: what was done, or why nothing was. */
  readonly message: string;
  /** The index line, or '' when nothing was analysed. */
  readonly index: string;
  /** «sch120001 МБОУ … (Математика, 4 кл., 2025): Завышенные результаты», one per result with a sign. */
  readonly flagged: readonly string[];
  /** Files not analysed, parameters not used, checks not possible. */
  readonly notes: readonly string[];
  /** The sheet written, or null. */
  readonly sheet: string | null;
}

export function flaggedLines(a: VprAnalysis): string[] {
  return a.results
    .filter((r) => r.signs.length)
    .map((r) => {
      const what = r.findings.filter((f) => (r.signs as readonly string[]).includes(f.id)).map(findingName);
      return ru.vpr.cli.result(testLabel(r), r.login, r.school, what.join('; ')).trim();
    });
}

export function vprOutcome(a: VprAnalysis, sheet: string, pupils: number, notes: readonly string[]): VprOutcome {
  return {
    ok: true,
    message: ru.vpr.done(sheet, pupils),
    index: indexLine(a.index),
    flagged: flaggedLines(a),
    notes,
    sheet,
  };
}

export function vprNothing(notes: readonly string[]): VprOutcome {
  return { ok: false, message: ru.vpr.cli.nothing, index: '', flagged: [], notes, sheet: null };
}
