/**
 * The native bar chart of a tool-owned sheet («Сводная справка»): the sheet's old charts are all
 * the tool's, so they go first and a rebuild never leaves two. One chart, two range arguments.
 */
import type { ChartChange } from '../core/changes/change-set';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function writeChart(sheet: Sheet, c: ChartChange): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  const range = (r: ChartChange['valueRange']): GoogleAppsScript.Spreadsheet.Range =>
    sheet.getRange(r.row, r.col, r.rows, r.cols);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(range(c.categoryRange))
    .addRange(range(c.valueRange))
    .setPosition(c.row, c.col, 0, 0)
    .setOption('title', c.title)
    .setOption('hAxis', { viewWindow: { min: 0, max: c.max } })
    .setOption('legend', { position: 'none' })
    // Value labels on the bars: a black-and-white print still shows each share.
    .setOption('series', { 0: { dataLabel: 'value' } })
    .setOption('width', c.width)
    .setOption('height', c.height)
    .build();
  sheet.insertChart(chart);
}
