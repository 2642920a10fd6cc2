import { barColor, chartData, chartOption } from './summary-chart';
import type { ChecklistSummary } from './summary-types';

const collected = (yes: (number | null)[]): ChecklistSummary => ({
  state: 'collected',
  counts: { sent: 3, opened: 3, submitted: 3, accepted: 0, quarantined: 0, notSubmitted: 0 },
  notSubmitted: [],
  answered: 3,
  indicators: [
    ...yes.map((y, i) => ({
      id: `2.${i + 1}`,
      text: 'т',
      type: 'choice' as const,
      yes: 0,
      no: 0,
      partial: 0,
      empty: 0,
      base: 3,
      yesPercent: y,
    })),
    {
      id: '2.10',
      text: 'число',
      type: 'number' as const,
      yes: 3,
      no: 0,
      partial: 0,
      empty: 0,
      base: 3,
      yesPercent: 100,
    },
  ],
});

test('bars for choice indicators with answers only; nothing to draw gives null', () => {
  expect(chartData(collected([66.7, 100]))).toEqual({
    title: expect.any(String),
    seriesName: expect.any(String),
    categories: ['2.1', '2.2'],
    values: [66.7, 100],
    max: 100,
  });
  expect(chartData(collected([null]))).toBeNull();
  expect(chartData({ state: 'none' })).toBeNull();
});

test('the ECharts option: the data, colours by threshold, Russian labels', () => {
  const data = chartData(collected([30, 66.7, 90]));
  if (!data) throw new Error('no chart');
  const o = chartOption(data);
  expect(o.xAxis.data).toEqual(['2.1', '2.2', '2.3']);
  expect(o.series[0]?.data.map((d) => [d.value, d.itemStyle.color, d.label.formatter])).toEqual([
    [30, barColor(30), '30\u00A0%'],
    [66.7, barColor(66.7), '66,7\u00A0%'],
    [90, barColor(90), '90\u00A0%'],
  ]);
  expect(new Set([barColor(30), barColor(66.7), barColor(90)]).size).toBe(3);
  // Black and white: the three bands differ in lightness by a wide step, and the lowest is hatched.
  const grey = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0);
  };
  const greys = [barColor(90), barColor(66.7), barColor(30)].map(grey);
  expect(greys[1]! - greys[0]!).toBeGreaterThan(50);
  expect(greys[2]! - greys[1]!).toBeGreaterThan(30);
  expect(o.series[0]?.data[0]?.itemStyle.decal).toBeDefined();
  expect(o.series[0]?.data[2]?.itemStyle.decal).toBeUndefined();
  expect(o).not.toHaveProperty('title');
  expect(JSON.parse(JSON.stringify(o))).toEqual(o);
});
