/** Sign «несоответствие отметкам по журналу»: journal marks and primary scores rank pupils in opposite orders. */
import { spearman } from './stats/spearman';
import type { Finding, Pupil } from './vpr-types';

/** ρ between the journal mark and the primary score, over pupils who have both; null when undefined. */
export function journalRho(pupils: readonly Pupil[]): number | null {
  const marks: number[] = [];
  const scores: number[] = [];
  for (const p of pupils)
    if (p.journal !== null) {
      marks.push(p.journal);
      scores.push(p.score);
    }
  return spearman(marks, scores);
}

export function marksMismatch(rho: number | null, below: number): Finding | null {
  return rho !== null && rho < below ? { id: 'marks-mismatch', value: rho, reference: below } : null;
}
