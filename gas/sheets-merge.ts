/**
 * Merged areas of a sheet (an imported Word table's). With the Sheets API service enabled (the
 * manifest does) every area goes in one batchUpdate; without it, one Range.merge per area, which
 * for a plan of thousands of merged «Сроки» is thousands of calls.
 */
import type { CellRange } from '../core/grid/grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Requests per batchUpdate: far below the API's payload limit. */
const MERGES_PER_REQUEST = 5000;

function sheetsApi(): GoogleAppsScript.Sheets | null {
  return typeof Sheets !== 'undefined' && Sheets ? Sheets : null;
}

export function writeMergeAreas(ss: Spreadsheet, sheet: Sheet, merges: readonly CellRange[]): void {
  if (merges.length === 0) return;
  const api = sheetsApi();
  if (!api) {
    for (const m of merges) sheet.getRange(m.row, m.col, m.rows, m.cols).merge();
    return;
  }
  // The API sees only what SpreadsheetApp has sent: the new sheet and its values first.
  SpreadsheetApp.flush();
  const sheetId = sheet.getSheetId();
  for (let i = 0; i < merges.length; i += MERGES_PER_REQUEST) {
    const requests = merges.slice(i, i + MERGES_PER_REQUEST).map((m) => ({
      mergeCells: {
        mergeType: 'MERGE_ALL',
        range: {
          sheetId,
          startRowIndex: m.row - 1,
          endRowIndex: m.row - 1 + m.rows,
          startColumnIndex: m.col - 1,
          endColumnIndex: m.col - 1 + m.cols,
        },
      },
    }));
    api.Spreadsheets.batchUpdate({ requests }, ss.getId());
  }
}
