/**
 * The built task pane in headless Chromium, Office.js swapped for a stub by the harness: check the
 * plan, see the issues, jump to a cell, apply a fix, undo it; then «Сроки» on a fixed «today»:
 * enable tracking, pick an executor, see their overdue measures; «Импорт из Word» at 350 px.
 * Screenshots go to test-output/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDocx } from '../helpers/docx-import-cases';
import { seedGrid } from '../helpers/seeds';
import { DIST, closePanes, maybe, openPane, paneUrl, screenshot, stub, type StubSheet } from './pane-harness';
import { ROW_OF, STATUS_PLAN } from './status-plan';

/** «Today» in the page for «Сроки»: the clock is fixed, so the plan's overdue rows stay overdue. */
const TODAY = new Date('2025-03-20T10:00:00');

/** Seed 002 plus a row whose text is markup: the pane must show it as text. */
function seedRows(): (string | null)[][] {
  const rows = seedGrid('002_54f4a90b33e7accb.txt').values.map((r) => r.map((v) => (typeof v === 'string' ? v : null)));
  rows.push([
    '99.',
    'Совещание <img src=x onerror="window.__xss=1"> с руководителями ОО',
    '<b>когда-нибудь</b>',
    'Управление образования',
    'Протокол',
  ]);
  return rows;
}

const plan = (rows: readonly (readonly (string | null)[])[]): StubSheet[] => [{ name: 'План', rows }];

afterAll(closePanes);

maybe('check, issue list, jump to a cell, fix and undo in the built task pane', async () => {
  const { page, errors, requested } = await openPane(plan(seedRows()));
  await page.goto(paneUrl());
  await page.click('#oko-check');
  await page.waitForSelector('.issue');
  const issues = await page.locator('.issue').count();
  expect(issues).toBeGreaterThan(3);
  await expect(page.locator('.status').textContent()).resolves.toMatch(/Проверено мероприятий/);
  expect(await stub<number>(page, 's.book.sheets.length')).toBe(3);

  const first = page.locator('.issue .cell').first();
  const cell = (await first.textContent()) ?? '';
  await first.click();
  await page.waitForFunction('window.__okoStub.book.selections.length > 0');
  expect(await stub<{ sheet: string; address: string }[]>(page, 's.book.selections')).toEqual([
    { sheet: 'План', address: cell },
  ]);

  // Markup from the plan is shown as text, never run or rendered.
  const markup = page.locator('.issue', { hasText: '<b>когда-нибудь</b>' });
  await expect(markup.count()).resolves.toBeGreaterThan(0);
  expect(await page.locator('.issues b, .issues img').count()).toBe(0);
  expect(await page.evaluate('window.__xss')).toBeUndefined();

  const typo = page.locator('.issue[data-id^="text-typo@24:"]');
  await typo.locator('.fix').click();
  await page.waitForSelector('#oko-undo');
  expect(await stub<string>(page, 's.book.sheet("План").get(23, 2).value')).toBe('В течение года');
  await expect(page.locator('.status').textContent()).resolves.toMatch(/Исправлено/);

  await page.click('#oko-undo');
  await page.waitForSelector('.status:has-text("Отменено")');
  expect(await stub<string>(page, 's.book.sheet("План").get(23, 2).value')).toBe('В течении года');
  expect(await page.locator('#oko-undo').count()).toBe(0);

  const xml = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
  // Chromium's own XML parser as a second opinion on the manifest's well-formedness.
  const broken = await page.evaluate(
    `new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml').getElementsByTagName('parsererror').length`,
  );
  expect(broken).toBe(0);

  await screenshot(page, 'taskpane.png');
  expect(errors).toEqual([]);
  expect(requested).toEqual([]);
});

maybe('«Сроки»: enable tracking, pick an executor, see their overdue measures, jump to one', async () => {
  const { page, errors, requested } = await openPane(plan(STATUS_PLAN));
  // The pane's «today» is the machine's date: fixed here, before any script of the page runs.
  await page.clock.setFixedTime(TODAY);
  await page.goto(paneUrl());
  await page.click('#oko-tab-deadlines');
  await expect(page.locator('#oko-tab-deadlines').getAttribute('aria-selected')).resolves.toBe('true');
  // Opening the tab reads the statuses (nothing written): everyone's list is there already.
  await page.waitForSelector('#oko-who');
  expect(await page.locator('.deadline').count()).toBe(4);
  expect(await stub<number>(page, 's.book.sheet("План").rows[2].length')).toBe(5);

  await page.click('#oko-enable');
  await page.waitForSelector('.status:has-text("Добавлены столбцы")');
  await expect(page.locator('.status').textContent()).resolves.toMatch(/Просрочено: 2\. Срок в ближайшие 14 дней: 2\./);
  expect(await stub<string[]>(page, 's.book.sheet("План").rows[2].map((c) => c.value)')).toEqual([
    '№',
    'Мероприятие',
    'Сроки',
    'Ответственные',
    'Отметка о выполнении',
    'Статус',
    'Контрольный срок',
    'Контроль',
  ]);

  // The official marks 1.2 «Перенесено» without a new date, then refreshes.
  await stub(page, `s.book.sheet("План").at(${ROW_OF['1.2'] - 1}, 5).value = "Перенесено"`);
  await page.click('#oko-refresh');
  await page.waitForSelector('#oko-refresh:not([disabled])');

  const options = await page.locator('#oko-who option').allTextContents();
  expect(options).toEqual(['все', 'ИМЦ', 'Управление образования', 'ЦОКО']);
  await page.selectOption('#oko-who', 'ИМЦ');
  await page.waitForSelector('.deadline:nth-child(2)');
  const items = page.locator('.deadline');
  expect(await items.count()).toBe(2);
  expect([await items.nth(0).getAttribute('data-row'), await items.nth(1).getAttribute('data-row')]).toEqual([
    String(ROW_OF['1.2']),
    String(ROW_OF['1.3']),
  ]);
  await expect(items.nth(0).textContent()).resolves.toMatch(
    /^1\.2Назначение общественных наблюдателей15\.03\.2025Просрочено \(5 дн\.\)Укажите новый срок$/,
  );
  await expect(items.nth(1).textContent()).resolves.toMatch(/31\.03\.2025Срок через 11 дн\.$/);

  await items.nth(0).locator('.go').click();
  await page.waitForFunction('window.__okoStub.book.selections.length > 0');
  expect(await stub<{ sheet: string; address: string }[]>(page, 's.book.selections')).toEqual([
    { sheet: 'План', address: `F${ROW_OF['1.2']}` },
  ]);

  await page.selectOption('#oko-who', 'Управление образования');
  await page.waitForFunction('document.querySelectorAll(".deadline").length === 3');
  expect(await page.locator('.deadline-overdue').count()).toBe(2);
  expect(await page.locator('.deadline .hint').count()).toBe(1);

  await screenshot(page, 'taskpane-deadlines.png');
  expect(errors).toEqual([]);
  expect(requested).toEqual([]);
});

maybe('«Импорт из Word» at 350 px: the button is in view; a picked .docx becomes a checked sheet', async () => {
  const { page, errors, requested } = await openPane([{ name: 'Лист1', rows: [['Заметки методиста']] }]);
  await page.setViewportSize({ width: 350, height: 800 });
  await page.goto(paneUrl());
  const button = page.locator('#oko-docx-import');
  await expect(button.textContent()).resolves.toBe('Импорт из Word');
  await expect(button.isVisible()).resolves.toBe(true);
  const box = await button.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 350).toBe(true);
  const docx = await seedDocx('002_54f4a90b33e7accb.txt');
  // The kit (checklist-files.js) loads on this first use; the file is read and unzipped in the pane.
  await page.setInputFiles('#oko-docx-file', {
    name: 'План.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(docx),
  });
  await page.waitForSelector('.status:has-text("План из Word перенесён")');
  await page.waitForSelector('.issue');
  expect(await stub<string>(page, 's.book.active')).toBe('План из Word');
  expect(await stub<number>(page, 's.book.sheet("План из Word").merges.length')).toBeGreaterThan(0);
  expect(await stub<string>(page, 's.book.sheet("Лист1").get(0, 0).value')).toBe('Заметки методиста');
  await screenshot(page, 'taskpane-docx-import.png');
  expect(errors).toEqual([]);
  expect(requested).toEqual([]);
});
