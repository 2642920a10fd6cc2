/** Marker «отметка ВПР выше журнальной»: too many pupils did better on the ВПР than all term. */
import type { Finding, Pupil, VprParams } from './vpr-types';

/** value = % of pupils with both marks whose ВПР mark is above the journal's, reference = the threshold. */
export function raisedMarks(pupils: readonly Pupil[], p: VprParams): Finding | null {
  let both = 0;
  let raised = 0;
  for (const x of pupils) {
    if (x.mark === null || x.journal === null) continue;
    both++;
    if (x.mark > x.journal) raised++;
  }
  if (both === 0) return null;
  const share = (raised / both) * 100;
  return share >= p.raisedShare ? { id: 'raised-marks', value: share, reference: p.raisedShare } : null;
}
