// `npm run validate`: the built manifest checked by Microsoft's validator (office-addin-manifest,
// pinned through npx). It asks Microsoft's service over the network; where that is not possible
// (no network, or `--offline`), it says so and runs the offline checks of this repository instead
// (test/excel/manifest.test.ts: well-formed XML, ids and labels, https URLs, icons and sizes,
// SupportUrl, every action wired in the commands bundle).
import { spawnSync } from 'node:child_process';
import { platform } from 'node:os';

const VALIDATOR = 'office-addin-manifest@3.0.0';
const MANIFEST = 'dist/office-addin/manifest.xml';
const shell = platform() === 'win32';

const build = spawnSync(process.execPath, ['scripts/build.mjs', 'excel'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const offline = process.argv.includes('--offline') || process.env.OKO_OFFLINE === '1';
if (!offline) {
  const r = spawnSync('npx', ['--yes', VALIDATOR, 'validate', MANIFEST], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    shell,
    timeout: 120000,
  });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  // The validator prints its verdict; a failure to reach the service is told apart from a verdict.
  const unreachable = /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network|fetch failed|getaddrinfo/i.test(
    `${r.stdout}${r.stderr}`,
  );
  if (r.status === 0) process.exit(0);
  if (!unreachable && r.error === undefined) process.exit(r.status ?? 1);
}
console.log(
  (offline
    ? 'Проверка в службе Microsoft пропущена (--offline).'
    : 'Служба проверки Microsoft недоступна (нет сети).') +
    ' Выполняются проверки манифеста без сети (test/excel/manifest.test.ts).\n' +
    (offline
      ? "Microsoft's validation skipped (--offline)."
      : "Microsoft's validation service is unreachable (no network).") +
    ' Running the offline manifest checks instead.',
);
const jest = spawnSync('npx', ['jest', 'test/excel/manifest.test.ts'], { stdio: 'inherit', shell });
process.exit(jest.status ?? 1);
