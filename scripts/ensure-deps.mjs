// Installs the locked dependencies on a fresh clone, so `npm start` and `npm test` work alone.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const installed = existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs;
if (!installed) {
  console.log('ОКО-план: устанавливаю зависимости (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
