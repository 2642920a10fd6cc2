/**
 * Marker «лёгкие задания ниже региона, трудные выше»: a school that fails what most of the
 * region solves yet solves what few do — a pattern of answers given from outside.
 */
import type { Finding, Pupil, TaskColumn, VprParams } from './vpr-types';

/** Success per task, % of the maximum points, over pupils whose papers have these tasks. */
export function taskSuccess(pupils: readonly Pupil[], tasks: readonly TaskColumn[]): number[] {
  const sums = tasks.map(() => 0);
  let n = 0;
  for (const p of pupils) {
    if (p.points.length !== tasks.length) continue;
    n++;
    p.points.forEach((v, i) => {
      sums[i] = (sums[i] ?? 0) + v;
    });
  }
  return tasks.map((t, i) => (n === 0 ? 0 : ((sums[i] ?? 0) / (n * t.max)) * 100));
}

const avg = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** value = how far below the region on easy tasks, reference = how far above on hard ones (points). */
export function easyHard(school: readonly number[], region: readonly number[], p: VprParams): Finding | null {
  const easy: number[] = [];
  const hard: number[] = [];
  region.forEach((r, i) => {
    if (r >= p.easyFrom) easy.push(i);
    else if (r <= p.hardTo) hard.push(i);
  });
  if (easy.length === 0 || hard.length === 0) return null;
  const pick = (xs: readonly number[], idx: readonly number[]): number[] => idx.map((i) => xs[i] ?? 0);
  const below = avg(pick(region, easy)) - avg(pick(school, easy));
  const above = avg(pick(school, hard)) - avg(pick(region, hard));
  return below >= p.easyGap && above >= p.hardGap ? { id: 'easy-hard', value: below, reference: above } : null;
}
