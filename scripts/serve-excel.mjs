// Serves dist/office-addin over https for sideloading: `npm run serve:excel` (PORT, default 3000).
// On first run it makes a local dev CA and a localhost certificate in .dev-certs/ (gitignored);
// trust .dev-certs/ca.crt once in the system (see README), as Office accepts only trusted https.
import { createServer } from 'node:https';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import selfsigned from 'selfsigned';

const ROOT = resolve('dist/office-addin');
// OKO_CERTS_DIR: a folder with localhost.crt, localhost.key and ca.crt made elsewhere (npm run start:excel
// uses the ones office-addin-dev-certs makes and trusts, ~/.office-addin-dev-certs).
const CERTS = resolve(process.env.OKO_CERTS_DIR || '.dev-certs');
const PORT = Number(process.env.PORT || 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

async function devCertificate() {
  const files = { ca: join(CERTS, 'ca.crt'), cert: join(CERTS, 'localhost.crt'), key: join(CERTS, 'localhost.key') };
  if (!Object.values(files).every(existsSync)) {
    mkdirSync(CERTS, { recursive: true });
    const days = (n) => new Date(Date.now() + n * 86400000);
    const ca = await selfsigned.generate([{ name: 'commonName', value: 'OKO-plan Dev CA' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: days(365),
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ],
    });
    const leaf = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: days(365),
      ca: { key: ca.private, cert: ca.cert },
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
            { type: 7, ip: '::1' },
          ],
        },
      ],
    });
    writeFileSync(files.ca, ca.cert);
    writeFileSync(files.cert, leaf.cert);
    writeFileSync(files.key, leaf.private, { mode: 0o600 });
    console.log(
      `Создан сертификат разработчика: ${files.ca} — добавьте его в доверенные корневые центры сертификации.`,
    );
  }
  return { cert: readFileSync(files.cert), key: readFileSync(files.key), ca: files.ca };
}

if (!existsSync(join(ROOT, 'manifest.xml'))) {
  console.error('Нет сборки надстройки: сначала выполните npm run build:excel');
  process.exit(2);
}
const { cert, key, ca } = await devCertificate();
createServer({ cert, key }, (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
  const file = normalize(join(ROOT, path === '/' ? 'taskpane.html' : path));
  if (!file.startsWith(ROOT + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Не найдено');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  res.end(readFileSync(file));
}).listen(PORT, () => {
  console.log(`ОКО-план для Excel: https://localhost:${PORT}/ (манифест: https://localhost:${PORT}/manifest.xml)`);
  console.log(`Корневой сертификат разработчика: ${ca}`);
});
