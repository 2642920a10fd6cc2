/**
 * «Чек-листы» in the built task pane (headless Chromium, Office.js stubbed over a prepared book
 * of five schools): «Разослать» downloads one .zip of the school files; three of them come back
 * filled (one with a deleted row), are picked in the file picker and collected: the pane lists who
 * submitted, the quarantined file with its reason and who has not submitted. Screenshot in test-output/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { FakeBook } from './fake-book';
import { fillSchoolFile, fullAnswers } from '../checklists/checklist-fixture';
import { checklistRig, typeSchools, type ChecklistRig } from './checklist-excel-fixture';
import { closePanes, maybe, openPane, paneUrl, screenshot, stub, type StubSheet } from './pane-harness';

const CODES = ['101', '102', '103', '104', '105'];
const T = (day: number, hour = 10): Date => new Date(Date.UTC(2025, 4, day, hour, 0, 0));

let dir = '';
afterAll(async () => {
  await closePanes();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The book «Подготовить книгу» makes, with the schools typed in, as the stub's sheets. */
async function preparedBook(): Promise<{ sheets: StubSheet[]; rig: ChecklistRig }> {
  const r = checklistRig();
  await r.bridge.prepare();
  typeSchools(r.fake.book.sheet('Школы'), CODES);
  return { sheets: sheetsOf(r.fake.book), rig: r };
}

function sheetsOf(book: FakeBook): StubSheet[] {
  return book.sheets.map((s) => ({
    name: s.name,
    rows: Array.from(s.rows, (row) =>
      Array.from(row ?? [], (cell) => (cell && cell.value !== '' ? String(cell.value) : null)),
    ),
  }));
}

maybe('«Разослать» downloads the .zip; three returned files picked and collected; the outcome listed', async () => {
  dir = mkdtempSync(join(tmpdir(), 'oko-pane-checklists-'));
  const { page, errors, requested } = await openPane((await preparedBook()).sheets);
  const scripts: string[] = [];
  page.on('request', (req) => void (req.resourceType() === 'script' && scripts.push(new URL(req.url()).pathname)));
  await page.goto(paneUrl());
  await page.click('#oko-tab-checklists');
  await expect(page.locator('.status').textContent()).resolves.toMatch(/^«Подготовить книгу» добавит листы/);
  // ExcelJS and JSZip are not loaded until the tab needs them.
  expect(scripts).not.toContain('/checklist-files.js');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#oko-send')]);
  expect(download.suggestedFilename()).toMatch(/^Чек-листы школ \d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = join(dir, 'рассылка.zip');
  await download.saveAs(zipPath);
  expect(scripts.filter((s) => s === '/checklist-files.js')).toHaveLength(1);
  await page.waitForSelector('.files li:nth-child(5)');
  await expect(page.locator('.status').textContent()).resolves.toMatch(/Готово файлов школ: 5\./);
  expect(await page.locator('.files a.file').allTextContents()).toEqual(CODES.map((c) => `${c}.xlsx`));
  expect(await page.locator('#oko-zip').getAttribute('download')).toBe(download.suggestedFilename());

  // The schools: 101 answers «Да», 102 «Нет», 103 deletes a row; 104 and 105 send nothing.
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  expect(Object.keys(zip.files).sort()).toEqual(CODES.map((c) => `${c}.xlsx`));
  const returned: string[] = [];
  for (const [code, answer, edit] of [
    ['101', 'Да', false],
    ['102', 'Нет', false],
    ['103', 'Да', true],
  ] as const) {
    const received = join(dir, `получено-${code}.xlsx`);
    writeFileSync(received, (await zip.file(`${code}.xlsx`)?.async('nodebuffer')) ?? Buffer.alloc(0));
    const back = join(dir, `${code}.xlsx`);
    await fillSchoolFile(received, back, {
      answers: fullAnswers(answer),
      modified: T(20),
      ...(edit ? { edit: (wb) => wb.getWorksheet('Чек-лист')?.spliceRows(4, 1) } : {}),
    });
    returned.push(back);
  }

  await page.setInputFiles('#oko-files', returned);
  await expect(page.locator('.chosen').textContent()).resolves.toBe('Выбрано файлов: 3');
  await page.click('#oko-collect');
  await page.waitForSelector('.outcome');
  await expect(page.locator('.status').textContent()).resolves.toBe(
    'Прочитано 3 файла (новых или изменённых: 2). Сдали 2 из 5 школ, в том числе приняты управлением — 0; не сдали — 3, из них файл не принят (ошибки) — 1, не открыли файл — 2.',
  );
  expect(await page.locator('.outcome h2').allTextContents()).toEqual([
    'Сдали: 2 из 5',
    'Не приняты из-за ошибок в файле: 1',
    'Не представили: 3',
  ]);
  expect(await page.locator('.quarantine li').getAttribute('data-file')).toBe('103.xlsx');
  await expect(page.locator('.quarantine .reason').textContent()).resolves.toMatch(
    /^Удалены строки показателей: 2\.3\./,
  );
  expect(await page.locator('.not-submitted li').evaluateAll((items) => items.map((li) => li.textContent))).toEqual([
    '103МБОУ «СОШ № 103»На доработке',
    '104МБОУ «СОШ № 104»Не открыт',
    '105МБОУ «СОШ № 105»Не открыт',
  ]);
  expect(await page.locator('#oko-progress').count()).toBe(0);
  await page.click('#oko-open-summary');
  await page.waitForFunction('window.__okoStub.book.selections.length > 0');
  expect(await stub<{ sheet: string; address: string }[]>(page, 's.book.selections')).toEqual([
    { sheet: 'Свод чек-листов', address: 'A1' },
  ]);

  // The book: «Свод чек-листов» with both answers, statuses in «Школы», no formula anywhere.
  expect(
    await stub<unknown[]>(
      page,
      's.book.sheet("Свод чек-листов").rows.slice(1, 3).map((r) => [r[0].value, r[2].value, r[6].value])',
    ),
  ).toEqual([
    ['101', 'Сдан', 'Да'],
    ['102', 'Сдан', 'Нет'],
  ]);
  expect(await stub<unknown[]>(page, 's.book.sheet("Школы").rows.slice(1).map((r) => r[5].value)')).toEqual([
    'Сдан',
    'Сдан',
    'На доработке',
    'Не открыт',
    'Не открыт',
  ]);
  expect(
    await stub<number>(page, 's.book.sheets.flatMap((x) => x.rows.flat()).filter((c) => c && c.formula).length'),
  ).toBe(0);

  await screenshot(page, 'taskpane-checklists.png');
  expect(errors).toEqual([]);
  expect(requested).toEqual([]);
});

maybe('reading many files shows its progress: «Читаю файлы школ: k из 60…» and a bar', async () => {
  const { sheets, rig } = await preparedBook();
  // The same school's file sent 60 times over (as «101 (k).xlsx»): made in Node for this very book.
  const made = await rig.bridge.makeFiles(() => undefined);
  if (!made.ok) throw new Error(made.message);
  const bytes = made.files[0]?.bytes ?? new Uint8Array();
  const { page, errors } = await openPane(sheets);
  await page.goto(paneUrl());
  await page.click('#oko-tab-checklists');
  await page.setInputFiles(
    '#oko-files',
    Array.from({ length: 60 }, (_, k) => ({
      name: `101 (${k + 1}).xlsx`,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(bytes),
    })),
  );
  await page.evaluate(`(() => {
    window.__seen = [];
    new MutationObserver(() => {
      const bar = document.getElementById('oko-progress');
      window.__seen.push([document.querySelector('.status')?.textContent ?? '', bar ? bar.value : null]);
    }).observe(document.getElementById('oko-root'), { childList: true });
  })()`);
  await page.click('#oko-collect');
  await page.waitForSelector('.outcome');
  const seen = (await page.evaluate('window.__seen')) as [string, number | null][];
  const reading = seen.filter(([text, value]) => /^Читаю файлы школ: \d+ из 60…$/.test(text) && value !== null);
  expect(reading.length).toBeGreaterThan(1);
  expect(reading.some(([, value]) => value !== null && value > 0 && value < 60)).toBe(true);
  expect(seen.some(([text]) => text === 'Записываю «Свод чек-листов», статусы и «Журнал»…')).toBe(true);
  await expect(page.locator('.status').textContent()).resolves.toMatch(/^Прочитано 60 файлов /);
  expect(errors).toEqual([]);
});
