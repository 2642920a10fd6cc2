/**
 * «Справка» in the built task pane (headless Chromium, Office.js stubbed over a book with a tracked
 * plan and collected checklists): «Составить справку» writes the sheet and shows the short text;
 * «Скачать справку (.docx)» loads spravka-files.js, makes the Word file in the pane (chart drawn
 * on a canvas) and downloads it; the file holds the text's numbers and the chart picture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ru } from '../../core/messages/ru';
import type { FakeBook } from './fake-book';
import { closePanes, DIST, maybe, openPane, paneUrl, screenshot, stub, type StubSheet } from './pane-harness';
import { summaryBook } from './summary-excel-fixture';

afterAll(() => closePanes());

/** The book as the stub's sheets: values as stored, number formats where not General. */
function sheetsOf(book: FakeBook): StubSheet[] {
  return book.sheets.map((s) => ({
    name: s.name,
    rows: Array.from(s.rows, (row) => Array.from(row ?? [], (cell) => (cell && cell.value !== '' ? cell.value : null))),
    formats: Array.from(s.rows, (row) =>
      Array.from(row ?? [], (cell) => (cell && cell.numberFormat !== 'General' ? cell.numberFormat : null)),
    ),
  }));
}

const xmlText = (xml: string): string => xml.replace(/<[^>]+>/g, '');

maybe(
  '«Составить справку» shows the text; «Скачать справку (.docx)» downloads the Word file with the chart',
  async () => {
    const { fake } = await summaryBook();
    const { page, errors, requested } = await openPane(sheetsOf(fake.book));
    const scripts: string[] = [];
    page.on('request', (req) => void (req.resourceType() === 'script' && scripts.push(new URL(req.url()).pathname)));
    await page.goto(paneUrl());
    await page.click('#oko-tab-summary');
    await expect(page.locator('.status').textContent()).resolves.toBe(ru.panel.summary.empty);
    await page.click('#oko-summary');
    await page.waitForSelector('#oko-summary-text');
    await expect(page.locator('.status').textContent()).resolves.toMatch(
      /^Лист «Сводная справка» составлен по состоянию на \d{2}\.\d{2}\.\d{4}\.$/,
    );
    const text = (await page.locator('#oko-summary-text').textContent()) ?? '';
    expect(text).toMatch(/^Из 6 мероприятий плана выполнено 2 /);
    expect(await stub<number>(page, 's.book.sheet("Сводная справка").charts.length')).toBe(1);
    // docx and ECharts are not loaded until the Word file is asked for.
    expect(scripts).not.toContain('/spravka-files.js');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#oko-summary-docx')]);
    expect(download.suggestedFilename()).toMatch(/^Справка ОКО-план \d{2}\.\d{2}\.\d{4}\.docx$/);
    expect(scripts.filter((s) => s === '/spravka-files.js')).toHaveLength(1);
    const path = await download.path();
    const zip = await JSZip.loadAsync(readFileSync(path));
    const documentXml = xmlText((await zip.file('word/document.xml')?.async('string')) ?? '');
    const numbers = text.match(/\d+(?:,\d+)?/g) ?? [];
    expect(numbers.length).toBeGreaterThan(8);
    for (const n of numbers) expect(documentXml).toContain(n);
    // The panel's text is the справка's numbered conclusions.
    expect(documentXml).toContain('1) Из 6 мероприятий плана выполнено 2 ');
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(1);
    const png = (await zip.file(media[0] ?? '')?.async('nodebuffer')) ?? Buffer.alloc(0);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // Drawn at twice the chart's 680 px.
    expect(png.readUInt32BE(16)).toBe(1360);
    await page.waitForSelector('.summary a.file');

    await screenshot(page, 'taskpane-summary.png');
    expect(errors).toEqual([]);
    expect(requested).toEqual([]);
  },
  120_000,
);

test('docx and ECharts ship only in spravka-files.js; taskpane.js stays small', () => {
  const pane = readFileSync(join(DIST, 'taskpane.js'), 'utf8');
  const kit = readFileSync(join(DIST, 'spravka-files.js'), 'utf8');
  for (const mark of [/renderToSVGString/, /w:sectPr/, /zrender/]) {
    expect(mark.test(kit)).toBe(true);
    expect({ mark: String(mark), inPane: mark.test(pane) }).toEqual({ mark: String(mark), inPane: false });
  }
  // The pane's own code grows with its features (issue 15: hidden sheets, web links); a kit slipping in
  // (ExcelJS, docx, ECharts: hundreds of KB each) still fails here.
  expect(pane.length).toBeLessThan(625 * 1024);
});
