// `npm run start:excel`: the Office ecosystem's way to try the add-in in desktop Excel (Windows or
// Mac): build with the development address, make and trust a localhost certificate
// (office-addin-dev-certs), serve dist/office-addin over https and sideload the manifest into
// Excel (office-addin-debugging, which also starts the server). `npm run stop:excel` unloads it.
// The tools come pinned through npx: they carry a native module (keytar) that a Linux machine
// or CI need not build. A department server keeps using `npm run serve:excel`.
import { spawnSync } from 'node:child_process';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

const DEV_CERTS = 'office-addin-dev-certs@3.0.0';
const DEBUGGING = 'office-addin-debugging@7.0.0';
const MANIFEST = 'dist/office-addin/manifest.xml';
const PORT = process.env.PORT || '3000';
const stop = process.argv.includes('--stop');

function run(command, args, env = process.env) {
  const r = spawnSync(command, args, { stdio: 'inherit', env, shell: platform() === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (stop) {
  run('npx', ['--yes', DEBUGGING, 'stop', MANIFEST, 'desktop', '--app', 'excel']);
  process.exit(0);
}

if (platform() !== 'win32' && platform() !== 'darwin') {
  console.error(
    'Excel для рабочего стола есть только в Windows и macOS: здесь надстройку не загрузить. Соберите её ' +
      '(npm run build:excel), запустите npm run serve:excel и загрузите dist/office-addin/manifest.xml в Excel ' +
      'в браузере (README, раздел «Excel»).\n' +
      'Desktop Excel runs on Windows and macOS only: build, run `npm run serve:excel` and sideload the manifest ' +
      'into Excel on the web instead.',
  );
  process.exit(2);
}

run(process.execPath, ['scripts/build.mjs', 'excel'], { ...process.env, OKO_BASE_URL: `https://localhost:${PORT}` });
// Makes a CA and a localhost certificate in ~/.office-addin-dev-certs and asks the system to trust it.
run('npx', ['--yes', DEV_CERTS, 'install', '--days', '365']);
const certs = join(homedir(), '.office-addin-dev-certs');
run(
  'npx',
  [
    '--yes',
    DEBUGGING,
    'start',
    MANIFEST,
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'node scripts/serve-excel.mjs',
    '--dev-server-port',
    PORT,
  ],
  { ...process.env, OKO_CERTS_DIR: certs, PORT },
);
