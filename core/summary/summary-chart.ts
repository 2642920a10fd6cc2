/**
 * The bar chart of «Да» shares per indicator: its data, and the ECharts option that draws it.
 * Pure: the CLI renders the option to SVG and PNG, a task pane may render it in the browser,
 * Google Sheets and Excel draw a native chart from the same data (see ChartChange).
 */
import { ru } from '../messages/ru';
import { ruPercent } from './numbers';
import type { ChartData, ChecklistSummary } from './summary-types';

/** Choice indicators that have answers; null when there is nothing to draw. */
export function chartData(checklists: ChecklistSummary): ChartData | null {
  if (checklists.state !== 'collected') return null;
  const bars = checklists.indicators.filter((i) => i.type === 'choice' && i.yesPercent !== null);
  if (bars.length === 0) return null;
  return {
    title: ru.summary.chartTitle,
    seriesName: ru.summary.chartSeries,
    categories: bars.map((i) => i.id),
    values: bars.map((i) => i.yesPercent ?? 0),
    max: 100,
  };
}

/** Green from 80 %, amber from 50 %, red below: how far an indicator is from being met. */
export function barColor(value: number): string {
  if (value >= 80) return '#5B9B5B';
  if (value >= 50) return '#E0A030';
  return '#C8504B';
}

/** The chart's size in pixels: on the sheet about the width of columns A–C. */
export const CHART_SIZE = { width: 680, height: 340 } as const;

/** A font with Cyrillic on every system the CLI runs on, then the generic fallback. */
export const CHART_FONT = 'DejaVu Sans, Arial, Liberation Sans, sans-serif';

export interface BarDatum {
  readonly value: number;
  readonly itemStyle: { readonly color: string };
  readonly label: { readonly formatter: string };
}

/** The subset of ECharts' option this chart uses; a plain, JSON-safe object (a type, so it fits ECharts' index signature). */
export type BarChartOption = {
  readonly animation: false;
  readonly backgroundColor: string;
  readonly textStyle: { readonly fontFamily: string };
  readonly title: {
    readonly text: string;
    readonly left: 'center';
    readonly top: number;
    readonly textStyle: { readonly fontSize: number; readonly fontWeight: 'bold'; readonly fontFamily: string };
  };
  readonly grid: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly containLabel: true;
  };
  readonly xAxis: {
    readonly type: 'category';
    readonly data: string[];
    readonly name: string;
    readonly nameLocation: 'middle';
    readonly nameGap: number;
    readonly axisLabel: { readonly fontSize: number; readonly interval: 0 };
  };
  readonly yAxis: {
    readonly type: 'value';
    readonly min: 0;
    readonly max: number;
    readonly interval: number;
    readonly axisLabel: { readonly formatter: string; readonly fontSize: number };
  };
  readonly series: {
    readonly type: 'bar';
    readonly name: string;
    readonly barMaxWidth: number;
    readonly data: BarDatum[];
    readonly label: { readonly show: true; readonly position: 'top'; readonly fontSize: number };
  }[];
};

export function chartOption(chart: ChartData): BarChartOption {
  return {
    animation: false,
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily: CHART_FONT },
    title: {
      text: chart.title,
      left: 'center',
      top: 8,
      textStyle: { fontSize: 16, fontWeight: 'bold', fontFamily: CHART_FONT },
    },
    grid: { left: 16, right: 24, top: 56, bottom: 36, containLabel: true },
    xAxis: {
      type: 'category',
      data: [...chart.categories],
      name: ru.summary.chartAxis,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { fontSize: 12, interval: 0 },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: chart.max,
      interval: chart.max / 5,
      axisLabel: { formatter: '{value} %', fontSize: 12 },
    },
    series: [
      {
        type: 'bar',
        name: chart.seriesName,
        barMaxWidth: 48,
        data: chart.values.map((v) => ({
          value: v,
          itemStyle: { color: barColor(v) },
          label: { formatter: ruPercent(v) },
        })),
        label: { show: true, position: 'top', fontSize: 12 },
      },
    ],
  };
}
