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

/**
 * Dark green from 80 %, grey-amber from 50 %, light red (hatched) below: colours far apart in
 * lightness, so a black-and-white print still tells the three bands apart (see `chartLegend`).
 */
export function barColor(value: number): string {
  if (value >= 80) return '#2E5E3E';
  if (value >= 50) return '#A8A29A';
  return '#F4C7C3';
}

/** Below 50 % the bar is hatched too: the band reads without colour. */
export const LOW_BAR_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -0.785,
  color: '#7A2E2A',
} as const;

/** The chart's size in pixels: on the sheet about the width of columns A–C. */
export const CHART_SIZE = { width: 680, height: 340 } as const;

/** A font with Cyrillic on every system the CLI runs on, then the generic fallback. */
export const CHART_FONT = 'DejaVu Sans, Arial, Liberation Sans, sans-serif';

export interface BarDatum {
  readonly value: number;
  readonly itemStyle: {
    readonly color: string;
    readonly borderColor: string;
    readonly borderWidth: number;
    readonly decal?: typeof LOW_BAR_DECAL;
  };
  readonly label: { readonly formatter: string };
}

/** The subset of ECharts' option this chart uses; a plain, JSON-safe object (a type, so it fits ECharts' index signature). */
export type BarChartOption = {
  readonly animation: false;
  readonly backgroundColor: string;
  readonly textStyle: { readonly fontFamily: string };
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
    readonly label: {
      readonly show: true;
      readonly position: 'top';
      readonly fontSize: number;
      readonly fontWeight: 'bold';
      readonly color: string;
    };
  }[];
};

export function chartOption(chart: ChartData): BarChartOption {
  return {
    animation: false,
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily: CHART_FONT },
    // No title: the справка's heading above the picture already says what it shows.
    grid: { left: 16, right: 24, top: 28, bottom: 36, containLabel: true },
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
          itemStyle: {
            color: barColor(v),
            borderColor: '#000000',
            borderWidth: 1,
            ...(v < 50 ? { decal: LOW_BAR_DECAL } : {}),
          },
          label: { formatter: ruPercent(v) },
        })),
        label: { show: true, position: 'top', fontSize: 13, fontWeight: 'bold', color: '#000000' },
      },
    ],
  };
}
