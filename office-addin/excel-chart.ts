/// <reference types="office-js" />
/**
 * The summary sheet's native parts in Office.js: the bar chart bound to the sheet's own cells
 * (codes and «Да» shares), wrapped text with rows fitted to it, and the page set up for paper.
 * Queued operations only (excel-ops): the batch syncs them with everything else.
 */
import type { ChartChange, SheetChange } from '../core/changes/change-set';
import type { CellRange } from '../core/grid/grid';
import { ru } from '../core/messages/ru';
import { jsonBytes, rangeA1 } from './excel-cells';
import { API, type ExcelEnv } from './excel-env';
import { OP_BYTES, type Op } from './excel-ops';

/** Points per pixel at 96 dpi. */
const POINTS_PER_PX = 0.75;

/** Sheets whose old charts the adapter removes before writing: the summary's, where it draws. */
export function chartSheets(changes: readonly { kind: string; name?: string; sheet?: string }[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'chart' && c.sheet) out.add(c.sheet);
    // A rebuilt summary without a chart (the answers are gone) must not keep the old picture.
    if (c.kind === 'sheet' && c.name && (c.name === ru.summary.sheetName || c.name === ru.summary.altSheetName))
      out.add(c.name);
  }
  return out;
}

const address = (r: CellRange): string => rangeA1(r.row, r.col, r.rows, r.cols);

/** Deletes the charts loaded before the batch: one queued delete each, on a sheet being rebuilt. */
export function deleteChartsOp(charts: readonly Excel.Chart[]): Op[] {
  if (charts.length === 0) return [];
  return [{ bytes: OP_BYTES * charts.length, queue: () => charts.forEach((chart) => chart.delete()) }];
}

/** A clustered bar chart of the value range, categories from the category range, placed and sized. */
export function chartOps(c: ChartChange, env: ExcelEnv): Op[] {
  if (!env.supports(API.chartBinding)) return [];
  return [
    {
      bytes: OP_BYTES * 8 + jsonBytes(c.title),
      queue: (s) => {
        const ws = s.sheet(c.sheet);
        const chart = ws.charts.add('BarClustered', ws.getRange(address(c.valueRange)), 'Columns');
        const series = chart.series.getItemAt(0);
        series.setXAxisValues(ws.getRange(address(c.categoryRange)));
        series.name = c.seriesName;
        if (c.title) chart.title.text = c.title;
        else chart.title.visible = false;
        // Value labels on the bars: a black-and-white print still shows each share.
        chart.dataLabels.showValue = true;
        chart.legend.visible = false;
        chart.axes.valueAxis.minimum = 0;
        chart.axes.valueAxis.maximum = c.max;
        chart.setPosition(rangeA1(c.row, c.col, 1, 1));
        chart.width = Math.round(c.width * POINTS_PER_PX);
        chart.height = Math.round(c.height * POINTS_PER_PX);
      },
    },
  ];
}

/** Wrapping in `wrapCols` over the written rows, then one row autofit; centring, frozen rows, explicit heights; the print setup. */
export function layoutOps(c: SheetChange, width: number, env: ExcelEnv): Op[] {
  const ops: Op[] = [];
  const rows = Math.max(1, c.rows.length);
  for (const col of c.wrapCols ?? []) {
    ops.push({
      bytes: OP_BYTES,
      queue: (s) => void (s.sheet(c.name).getRange(rangeA1(1, col, rows, 1)).format.wrapText = true),
    });
  }
  if ((c.wrapCols?.length ?? 0) > 0 && env.supports(API.autofitRows)) {
    ops.push({
      bytes: OP_BYTES,
      queue: (s) =>
        s
          .sheet(c.name)
          .getRange(rangeA1(1, 1, rows, width))
          .format.autofitRows(),
    });
  }
  for (const r of c.centred ?? [])
    ops.push({
      bytes: OP_BYTES,
      queue: (s) => void (s.sheet(c.name).getRange(address(r)).format.horizontalAlignment = 'Center'),
    });
  if (env.supports(API.autofitRows))
    for (const [r, h] of Object.entries(c.rowHeights ?? {}))
      ops.push({
        bytes: OP_BYTES,
        queue: (s) => void (s.sheet(c.name).getRange(rangeA1(Number(r), 1, 1, 1)).format.rowHeight = h),
      });
  const freeze = c.freezeRows ?? 0;
  if (freeze > 0 && env.supports(API.freezePanes))
    ops.push({ bytes: OP_BYTES, queue: (s) => s.sheet(c.name).freezePanes.freezeRows(freeze) });
  const print = c.print;
  if (print && env.supports(API.pageLayout)) {
    ops.push({
      bytes: OP_BYTES * 3,
      queue: (s) => {
        const layout = s.sheet(c.name).pageLayout;
        layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.titleRows) layout.setPrintTitleRows(`$1:$${print.titleRows}`);
      },
    });
  }
  return ops;
}
