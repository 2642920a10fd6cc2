// Renders the demo's «Сводная справка» to look at: `node scripts/render-summary.mjs [DEMO_DIR] [OUT_DIR]`.
// LibreOffice (headless) turns the book, its summary sheet alone and spravka.docx into PDF;
// pdftoppm turns the pages of the summary sheet and of the справка into PNG.
// Needs: apt-get install -y libreoffice-calc libreoffice-writer poppler-utils
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

const SHEET = 'Сводная справка';
const demoDir = resolve(process.argv[2] ?? 'oko-demo');
const outDir = resolve(process.argv[3] ?? 'test-output/render');

function need(tool) {
  if (spawnSync('which', [tool], { stdio: 'ignore' }).status !== 0) {
    console.error(`Нет программы ${tool}: apt-get install -y libreoffice-calc libreoffice-writer poppler-utils`);
    process.exit(3);
  }
}
need('soffice');
need('pdftoppm');

if (!existsSync(join(demoDir, 'book.xlsx'))) {
  console.log(`В ${demoDir} нет book.xlsx: запускаю демонстрацию…`);
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['dist/cli/oko.cjs', 'demo', '--out', demoDir], { stdio: 'ignore' });
}
mkdirSync(outDir, { recursive: true });

// The summary sheet alone, so its pages are not lost among the other sheets of the book.
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(join(demoDir, 'book.xlsx'));
for (const ws of [...wb.worksheets]) if (ws.name !== SHEET) wb.removeWorksheet(ws.id);
const sheetBook = join(outDir, 'summary-sheet.xlsx');
await wb.xlsx.writeFile(sheetBook);

// A profile of its own: another LibreOffice running at the same time does not block this one.
const profile = mkdtempSync(join(tmpdir(), 'oko-lo-'));
try {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      join(demoDir, 'book.xlsx'),
      sheetBook,
      join(demoDir, 'spravka.docx'),
    ],
    { stdio: 'ignore', timeout: 180000 },
  );
} finally {
  rmSync(profile, { recursive: true, force: true });
}

for (const name of ['summary-sheet', 'spravka']) {
  for (const f of readdirSync(outDir)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(outDir, f));
  execFileSync('pdftoppm', ['-r', '80', '-png', join(outDir, `${name}.pdf`), join(outDir, name)]);
}
for (const f of readdirSync(outDir).sort()) {
  if (/\.(pdf|png)$/.test(f)) console.log(`${join(outDir, f)} (${statSync(join(outDir, f)).size} байт)`);
}
