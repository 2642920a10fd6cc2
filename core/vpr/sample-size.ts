/** The sample size class of a school's result: below the minimum nothing is computed. */
import type { SampleId, VprParams } from './vpr-types';

export function sampleOf(n: number, p: VprParams): SampleId {
  if (n < p.minParticipants) return 'insufficient';
  return n < p.informativeFrom ? 'limited' : 'informative';
}
