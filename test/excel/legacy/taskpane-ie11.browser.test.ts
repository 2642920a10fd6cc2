/**
 * The built task pane as Excel 2016/2019 show it: the page's user agent says Internet Explorer 11
 * (headless Chromium, Office.js stubbed). The inline first script shows at once what works there;
 * «Разослать» says which `oko` command makes the school files instead of loading ExcelJS.
 */
import { ru } from '../../../core/messages/ru';
import { checklistRig, typeSchools } from '../checklist-excel-fixture';
import { closePanes, maybe, openPane, paneUrl, screenshot, type StubSheet } from '../pane-harness';
import { IE11_USER_AGENT } from './ie11-realm';

afterAll(closePanes);

async function preparedBook(): Promise<StubSheet[]> {
  const r = checklistRig();
  await r.bridge.prepare();
  typeSchools(r.fake.book.sheet('Школы'), ['101', '102']);
  return r.fake.book.sheets.map((s) => ({
    name: s.name,
    rows: Array.from(s.rows, (row) =>
      Array.from(row ?? [], (cell) => (cell && cell.value !== '' ? String(cell.value) : null)),
    ),
  }));
}

maybe('IE11: the banner says what works; «Разослать» points to oko and loads no kit', async () => {
  const { page, errors, requested } = await openPane(await preparedBook());
  await page.addInitScript(
    `Object.defineProperty(navigator, 'userAgent', { get: function () { return ${JSON.stringify(IE11_USER_AGENT)}; } });`,
  );
  const scripts: string[] = [];
  page.on('request', (req) => void (req.resourceType() === 'script' && scripts.push(new URL(req.url()).pathname)));
  await page.goto(paneUrl());
  await expect(page.locator('.oko-boot-legacy').textContent()).resolves.toBe(ru.excel.legacy.banner);
  await page.click('#oko-tab-checklists');
  await page.click('#oko-send');
  await expect(page.locator('.status').last().textContent()).resolves.toContain(ru.excel.legacy.checklists);
  expect(scripts).not.toContain('/checklist-files.js');
  expect(await page.locator('.oko-boot-failed').count()).toBe(0);
  await screenshot(page, 'taskpane-ie11.png');
  expect(errors).toEqual([]);
  expect(requested).toEqual([]);
});
