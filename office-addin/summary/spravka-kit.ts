/**
 * The справка Word file in the task pane: the chart drawn by ECharts as SVG, rasterised on a
 * canvas at twice its size, and the document built by the CLI's own `spravkaDocx`. Bundled apart
 * (spravka-files.js, docx and ECharts) and loaded on first use: the pane stays light.
 */
import { ru } from '../../core/messages/ru';
import { CHART_SIZE, chartOption } from '../../core/summary/summary-chart';
import type { SummaryData } from '../../core/summary/summary-types';
import { chartSvg } from '../../export/chart-svg';
import { spravkaDocx } from '../../export/spravka-docx';

export interface SpravkaKit {
  /** The .docx bytes of `data`, with the chart as a picture where there is one. */
  docx(data: SummaryData): Promise<Uint8Array>;
}

/** Pixels per chart pixel on the canvas: sharp in Word at 100–200 % zoom. */
const SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(ru.excel.summary.chartFailed));
    image.src = url;
  });
}

/** SVG → `Image` from a data URL → canvas 2× → PNG bytes. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const g = canvas.getContext('2d');
  if (!g) throw new Error(ru.excel.summary.chartFailed);
  // Word shows a transparent picture on white anyway; a white ground keeps it so when copied elsewhere.
  g.fillStyle = '#FFFFFF';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(ru.excel.summary.chartFailed);
  return new Uint8Array(await blob.arrayBuffer());
}

export const spravkaKit: SpravkaKit = {
  async docx(data) {
    const { width, height } = CHART_SIZE;
    const png = data.chart ? await svgToPng(chartSvg(chartOption(data.chart), width, height), width, height) : null;
    return spravkaDocx(data, png);
  },
};
