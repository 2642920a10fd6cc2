/// <reference types="office-js" />
/**
 * What the Excel adapter needs from Office.js: a batch runner and the requirement-set check.
 * Passed in rather than read from globals, so a test can hand in a fake object model.
 */

export interface ExcelEnv {
  /** `Excel.run`: one request context per host call. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the host implements ExcelApi `version` (e.g. '1.18'). */
  supports(version: string): boolean;
}

/** Requirement sets the adapter guards on; the manifest asks only for ExcelApi 1.1. */
export const API = {
  /** getUsedRange(valuesOnly). */
  valuesOnlyUsedRange: '1.2',
  /** format.columnWidth. */
  columnWidth: '1.2',
  /** Range.conditionalFormats with text comparison: the colour rules of «Контроль». */
  conditionalFormats: '1.6',
  /** Range.getResizedRange: the probe block read together with the used range. */
  resizedRange: '1.7',
  /** Range.hyperlink. */
  hyperlink: '1.7',
  /** ChartSeries.setXAxisValues: a chart bound to the codes and the shares of the summary sheet. */
  chartBinding: '1.7',
  /** RangeFormat.autofitRows: rows grow to their wrapped text. */
  autofitRows: '1.2',
  /** Worksheet.pageLayout: orientation, one page wide, header rows repeated (setPrintTitleRows). */
  pageLayout: '1.9',
  /** Worksheet.freezePanes: the header stays in view. */
  freezePanes: '1.7',
  /** Range.dataValidation: the «Статус» dropdown. */
  dataValidation: '1.8',
  /** RangeFill.pattern: tells «no fill» from a white fill. */
  fillPattern: '1.9',
  /** Range.setCellProperties: many cells' fills in one call. */
  cellProperties: '1.9',
  /** Range.merge / Range.unmerge: an imported Word table's merged cells. */
  merge: '1.2',
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: '1.13',
  /** Worksheet.notes (Office 2019/2021 lack it). */
  notes: '1.18',
} as const;

/** The live Office.js environment of the task pane and the ribbon commands. */
export function officeEnv(): ExcelEnv {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}
