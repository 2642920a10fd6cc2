// One build entry for every target: `node scripts/build.mjs cli|bench|all`.
import { build } from 'esbuild';

const targets = {
  cli: { entryPoints: ['cli/oko.ts'], outfile: 'dist/cli/oko.cjs', platform: 'node', format: 'cjs', packages: 'external', banner: { js: '#!/usr/bin/env node' } },
  bench: { entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.cjs', platform: 'node', format: 'cjs', packages: 'external' },
};

const wanted = process.argv.slice(2);
const names = wanted.includes('all') ? Object.keys(targets) : wanted;
for (const name of names) {
  const t = targets[name];
  if (!t) {
    console.error(`Неизвестная цель сборки: ${name}. Есть: ${Object.keys(targets).join(', ')}, all`);
    process.exit(2);
  }
  await build({ bundle: true, target: 'node20', sourcemap: false, logLevel: 'warning', ...t });
}
