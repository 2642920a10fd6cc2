/**
 * The summary chart as a PNG, without a browser: ECharts' SSR SVG rasterised by resvg. Fonts are
 * the system's (DejaVu Sans, Arial, Liberation Sans — whichever has Cyrillic and is installed);
 * where none is found the bars and axes are still drawn, so the chart is never left out.
 */
import { Resvg } from '@resvg/resvg-js';
import { chartOption } from '../core/summary/summary-chart';
import type { ChartData } from '../core/summary/summary-types';
import { chartSvg } from '../export/chart-svg';

/** Pixels per CSS pixel of the chart: a sharp picture when printed or zoomed. */
const SCALE = 2;

export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    background: '#FFFFFF',
    fitTo: { mode: 'width', value: Math.round(width * SCALE) },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}

export function chartPng(chart: ChartData, width: number, height: number): Uint8Array {
  return svgToPng(chartSvg(chartOption(chart), width, height), width);
}
