/** The chart picture and the .docx builder on their own. */
import { chartPng } from '../../cli/chart-png';
import { wrappedLines } from '../../xlsx/sheet-layout';
import { runSync } from '../../core/commands/flow';
import { CHART_SIZE } from '../../core/summary/summary-chart';
import { summaryFlow } from '../../core/summary/summary-flow';
import { chartSvg } from '../../export/chart-svg';
import { chartOption } from '../../core/summary/summary-chart';
import { spravkaDocx } from '../../export/spravka-docx';
import { ru } from '../../core/messages/ru';
import { docxMedia, docxText } from './docx-text';
import { bookWithChecklists, plainHost, TODAY } from './summary-fixture';

const CHART = {
  title: 'Доля ответов «Да»',
  seriesName: 'Доля',
  categories: ['2.1', '2.2'],
  values: [66.7, 100],
  max: 100,
};

test('ECharts SSR draws the bars and the Russian labels into SVG; resvg makes a PNG twice as wide', () => {
  const svg = chartSvg(chartOption(CHART), 680, 340);
  expect(svg).toMatch(/^<svg/);
  expect(svg).toContain('66,7');
  // No title in the picture: the heading above it says what it shows.
  expect(svg).not.toContain('Доля ответов «Да»');
  const png = chartPng(CHART, 680, 340);
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
  expect(width).toBe(1360);
});

test('the .docx of a book with checklists has the text and the picture', async () => {
  const r = runSync(bookWithChecklists(), summaryFlow(TODAY, 'План'));
  if (!r.data?.chart) throw new Error('no chart');
  const bytes = await spravkaDocx(r.data, chartPng(r.data.chart, CHART_SIZE.width, CHART_SIZE.height));
  const text = await docxText(bytes);
  expect(text).toContain(ru.summary.docTitle);
  for (const [i, point] of r.data.sentences.entries()) expect(text).toContain(`${i + 1}) ${point}`);
  expect(await docxMedia(bytes)).toHaveLength(1);
});

test('the .docx of a bare plan says what is missing, and has no picture', async () => {
  const r = runSync(plainHost(), summaryFlow(TODAY, 'План'));
  if (!r.data) throw new Error(r.message);
  const bytes = await spravkaDocx(r.data, null);
  const text = await docxText(bytes);
  expect(text).toContain(ru.summary.empty.statuses);
  expect(text).toContain(ru.summary.empty.checklists);
  expect(await docxMedia(bytes)).toEqual([]);
});

test('row heights of wrapped text: lines at word breaks, long words split', () => {
  expect(wrappedLines('', 10)).toBe(1);
  expect(wrappedLines('один два три', 20)).toBe(1);
  expect(wrappedLines('один два три четыре пять', 10)).toBe(4);
  expect(wrappedLines('а'.repeat(27), 10)).toBe(3);
  expect(wrappedLines('строка\nещё строка', 40)).toBe(2);
});
