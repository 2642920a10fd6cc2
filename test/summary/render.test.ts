/**
 * The summary sheet and the справка render: LibreOffice converts the demo's book, its summary
 * sheet and the .docx to PDF (scripts/render-summary.mjs). Skipped with a warning without soffice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oko } from './run-main';

const ROOT = join(__dirname, '..', '..');
const hasSoffice =
  spawnSync('which', ['soffice'], { stdio: 'ignore' }).status === 0 &&
  spawnSync('which', ['pdftoppm'], { stdio: 'ignore' }).status === 0;

if (!hasSoffice)
  console.warn(
    'render.test: soffice or pdftoppm not found (apt-get install libreoffice-calc libreoffice-writer poppler-utils): the render check is skipped.',
  );

const maybe = hasSoffice ? test : test.skip;

maybe(
  'LibreOffice turns the book, the summary sheet and the .docx into non-empty PDFs',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oko-render-'));
    try {
      expect((await oko('demo', '--out', join(dir, 'demo'))).code).toBe(0);
      execFileSync(
        process.execPath,
        [join(ROOT, 'scripts', 'render-summary.mjs'), join(dir, 'demo'), join(dir, 'pdf')],
        { cwd: ROOT, stdio: 'pipe', timeout: 240000 },
      );
      for (const name of ['book.pdf', 'summary-sheet.pdf', 'spravka.pdf', 'summary-sheet-1.png', 'spravka-1.png']) {
        expect({ name, big: statSync(join(dir, 'pdf', name)).size > 5000 }).toEqual({ name, big: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  300000,
);
