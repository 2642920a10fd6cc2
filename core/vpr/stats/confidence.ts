/** The 95 % confidence interval of a mean: mean ± z · s / √n (the federal method's formula). */
import { mean, sampleSd } from './describe';

export interface MeanInterval {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly low: number;
  readonly high: number;
}

/** `z` = 1.96 for 95 %. With one value the interval is the value itself (s is unknown). */
export function meanInterval(xs: readonly number[], z: number): MeanInterval {
  const m = mean(xs);
  const sd = sampleSd(xs);
  const half = xs.length < 2 ? 0 : (z * sd) / Math.sqrt(xs.length);
  return { n: xs.length, mean: m, sd, low: m - half, high: m + half };
}
