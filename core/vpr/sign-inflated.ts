/** Sign «завышенные результаты»: the school's interval lies wholly above the region's. */
import type { MeanInterval } from './stats/confidence';
import type { Finding } from './vpr-types';

export function inflated(school: MeanInterval, region: MeanInterval): Finding | null {
  return school.low > region.high ? { id: 'inflated', value: school.low, reference: region.high } : null;
}
