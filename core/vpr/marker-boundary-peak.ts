/**
 * Marker «пик на границе отметки»: many pupils score exactly the lowest score of a mark (b) and
 * few just around it, as when papers are «pulled up» to the boundary.
 */
import type { Finding, Pupil, RegionResult, VprParams } from './vpr-types';

/** The lowest primary score that got each mark 3, 4, 5 in the region's data. */
export function markBoundaries(pupils: readonly Pupil[]): RegionResult['boundaries'] {
  const low: Record<3 | 4 | 5, number | null> = { 3: null, 4: null, 5: null };
  for (const p of pupils) {
    if (p.mark !== 3 && p.mark !== 4 && p.mark !== 5) continue;
    const cur = low[p.mark];
    if (cur === null || p.score < cur) low[p.mark] = p.score;
  }
  return low;
}

/** The strongest boundary peak of the school: value = share at b of the window, reference = b. */
export function boundaryPeak(
  scores: readonly number[],
  boundaries: RegionResult['boundaries'],
  p: VprParams,
): Finding | null {
  let best: Finding | null = null;
  for (const b of [boundaries[3], boundaries[4], boundaries[5]]) {
    if (b === null) continue;
    let at = 0;
    let window = 0;
    for (const s of scores) {
      if (s === b) at++;
      if (s >= b - p.boundaryWindow && s <= b + p.boundaryWindow) window++;
    }
    const share = window === 0 ? 0 : (at / window) * 100;
    if (at >= p.boundaryMinPupils && share >= p.boundaryShare && (!best || share > best.value))
      best = { id: 'boundary-peak', value: share, reference: b };
  }
  return best;
}
