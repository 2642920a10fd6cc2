/**
 * The .xlsx book of `oko summary` as a SheetHost: the plain .xlsx host for everything, plus the
 * summary's `chart` changes, which ExcelJS cannot write as charts: each becomes a picture of
 * the chart (ECharts → SVG → PNG) anchored where Google Sheets and Excel put a native chart.
 */
import type { Workbook } from 'exceljs';
import type { Change, ChartChange } from '../core/changes/change-set';
import type { ChartData } from '../core/summary/summary-types';
import { toBase64 } from '../core/text/base64';
import { SheetMissingError, XlsxHost } from './host';

/** Draws a chart as PNG bytes at `width` × `height` CSS pixels. */
export type ChartPainter = (chart: ChartData, width: number, height: number) => Uint8Array;

/** The same chart drawn once per run: the sheet's picture and the .docx's are the same bytes. */
export function cachedPainter(paint: ChartPainter): ChartPainter {
  const cache = new Map<string, Uint8Array>();
  return (chart, width, height) => {
    const key = JSON.stringify([
      chart.title,
      chart.seriesName,
      chart.categories,
      chart.values,
      chart.max,
      width,
      height,
    ]);
    const hit = cache.get(key);
    if (hit) return hit;
    const png = paint(chart, width, height);
    cache.set(key, png);
    return png;
  };
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The workbook's media id of these PNG bytes: an identical picture already in the book (added
 * by an earlier run as base64, or read from the file as bytes) is reused rather than stored twice.
 */
function imageId(wb: Workbook, png: Uint8Array): number {
  const base64 = toBase64(png);
  for (let id = 0; ; id++) {
    const img = wb.getImage(id);
    if (!img) break;
    if (img.extension !== 'png') continue;
    if (img.base64 === base64) return id;
    if (img.buffer && sameBytes(new Uint8Array(img.buffer), png)) return id;
  }
  return wb.addImage({ base64, extension: 'png' });
}

export function placeChart(wb: Workbook, c: ChartChange, png: Uint8Array): void {
  const ws = wb.getWorksheet(c.sheet);
  if (!ws) throw new SheetMissingError(c.sheet);
  ws.addImage(imageId(wb, png), {
    tl: { col: c.col - 1, row: c.row - 1 },
    ext: { width: c.width, height: c.height },
    editAs: 'oneCell',
  });
}

const isChart = (c: Change): c is ChartChange => c.kind === 'chart';

/** The .xlsx host whose `chart` changes become pictures; everything else as the plain host does it. */
export class SummaryXlsxHost extends XlsxHost {
  constructor(
    workbook: Workbook,
    sheet: string | null,
    private readonly paint: ChartPainter,
  ) {
    super(workbook, sheet);
  }

  /** Everything else first, so a chart's sheet exists before its picture is placed. */
  override apply(changes: readonly Change[]): void {
    super.apply(changes.filter((c) => !isChart(c)));
    for (const c of changes.filter(isChart)) placeChart(this.workbook, c, this.paint(c, c.width, c.height));
  }
}
