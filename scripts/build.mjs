// One build entry for every target: `node scripts/build.mjs cli|bench|gas|excel|all`.
import { build } from 'esbuild';
import { buildGas } from './build-gas.mjs';
import { buildExcel } from './build-excel.mjs';

const targets = {
  cli: {
    entryPoints: ['cli/oko.ts'],
    outfile: 'dist/cli/oko.cjs',
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  },
  bench: {
    entryPoints: ['bench/bench.ts'],
    outfile: 'dist/bench/bench.cjs',
    platform: 'node',
    format: 'cjs',
    packages: 'external',
  },
  'bench-excel': {
    entryPoints: ['bench/bench-excel.ts'],
    outfile: 'dist/bench/bench-excel.cjs',
    platform: 'node',
    format: 'cjs',
    packages: 'external',
  },
  'bench-checklists': {
    entryPoints: ['bench/bench-checklists.ts'],
    outfile: 'dist/bench/bench-checklists.cjs',
    platform: 'node',
    format: 'cjs',
    packages: 'external',
  },
};

// Targets with steps of their own beyond one esbuild call.
const steps = { gas: buildGas, excel: buildExcel };

const wanted = process.argv.slice(2);
const names = wanted.includes('all') ? [...Object.keys(targets), ...Object.keys(steps)] : wanted;
for (const name of names) {
  if (steps[name]) {
    await steps[name]();
    continue;
  }
  const t = targets[name];
  if (!t) {
    console.error(
      `Неизвестная цель сборки: ${name}. Есть: ${[...Object.keys(targets), ...Object.keys(steps)].join(', ')}, all`,
    );
    process.exit(2);
  }
  await build({ bundle: true, target: 'node20', sourcemap: false, logLevel: 'warning', ...t });
}
