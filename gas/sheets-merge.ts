/**
 * Merged areas of a sheet (an imported Word table's). With the Sheets API service enabled (the
 * manifest does) every area goes in one batchUpdate; without it, one Range.merge per area, which
 * for a plan of thousands of merged «Сроки» is thousands of calls. An API that refuses (switched
 * off in the project) falls back to the same per-area merges.
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
  let done = 0;
  if (api) {
    try {
      done = mergeThroughApi(api, ss, sheet, merges);
    } catch {
      // The service is in the manifest but refused (switched off in the Cloud project, a quota):
      // the areas not yet merged go the slow way. A batchUpdate is all or nothing.
    }
  }
  for (const m of merges.slice(done)) sheet.getRange(m.row, m.col, m.rows, m.cols).merge();
}

/** Every area through the Sheets API; returns how many were merged (all, unless it throws). */
function mergeThroughApi(
  api: GoogleAppsScript.Sheets,
  ss: Spreadsheet,
  sheet: Sheet,
  merges: readonly CellRange[],
): number {
  // The API sees only what SpreadsheetApp has sent: the new sheet and its values first.
  SpreadsheetApp.flush();
  const sheetId = sheet.getSheetId();
  let done = 0;
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
    done += requests.length;
  }
  return done;
}
