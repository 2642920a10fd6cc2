/** `npm run bench`: core check of a generated 10,000-row plan; prints rows per second. */
import { checkGrid } from '../core/check/check';
import { generatePlan } from './generate';

const ROWS = Number(process.env.OKO_BENCH_ROWS ?? 10000);
const grid = generatePlan(ROWS);
checkGrid(generatePlan(500)); // warm-up: compile regexes and JIT
const runs: number[] = [];
let items = 0;
for (let k = 0; k < 5; k++) {
  const t0 = process.hrtime.bigint();
  const outcome = checkGrid(grid);
  runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  items = outcome.ok ? outcome.plan.items.length : 0;
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
console.log(`Проверка плана: ${ROWS} строк, ${items} мероприятий`);
console.log(
  `медиана ${median.toFixed(0)} мс (лучший ${runs[0]?.toFixed(0)} мс), ${Math.round((ROWS / median) * 1000)} строк/с`,
);
