/**
 * The summary chart as an SVG string, by ECharts' server-side rendering: no DOM, no canvas, so
 * the same code runs in Node (the CLI) and in a task pane. Rasterising is the host's part.
 */
import * as echarts from 'echarts';
import type { BarChartOption } from '../core/summary/summary-chart';

export function chartSvg(option: BarChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
