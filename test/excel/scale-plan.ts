/** Large plans for sync-count tests: the benchmark generator's plan with issues sprinkled in. */
import type { CellValue } from '../../core/grid/grid';
import { generatePlan } from '../../bench/generate';

/** `rows` body rows; about one item in 25 loses its responsible, one in 40 gets a typo. */
export function planWithIssues(rows: number): CellValue[][] {
  const values = generatePlan(rows).values.map((r) => [...r]);
  values.forEach((row, i) => {
    if (i < 3 || row.length < 5) return;
    if (i % 25 === 0) row[3] = null;
    if (i % 40 === 0) row[2] = 'В течении года';
  });
  return values;
}
