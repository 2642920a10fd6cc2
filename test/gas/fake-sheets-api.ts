/**
 * The Sheets API advanced service (`Sheets`) of the Apps Script fake: only what the tool sends,
 * `Spreadsheets.batchUpdate` with `mergeCells` requests, each call recorded. Like the API it acts
 * on spreadsheets by id and on sheets by sheetId, and refuses a request it does not know.
 */
import { mergeArea } from './fake-range';
import type { CallLog, FakeSheet } from './fake-sheet';

interface Spreadsheetish {
  readonly sheets: readonly FakeSheet[];
}

const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const int = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) ? v : NaN);

export function fakeSheetsApi(log: CallLog, open: (id: string) => Spreadsheetish) {
  return {
    Spreadsheets: {
      batchUpdate(resource: unknown, spreadsheetId: string): { replies: object[] } {
        log.record('Sheets.Spreadsheets.batchUpdate');
        const book = open(spreadsheetId);
        const requests = obj(resource)['requests'];
        if (!Array.isArray(requests))
          throw new Error('API call to sheets.spreadsheets.batchUpdate failed: no requests');
        for (const request of requests) {
          const merge = obj(obj(request)['mergeCells']);
          const range = obj(merge['range']);
          const sheet = book.sheets.find((s) => s.id === range['sheetId']);
          const [r0, r1, c0, c1] = ['startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex'].map((k) =>
            int(range[k]),
          ) as [number, number, number, number];
          if (!sheet || merge['mergeType'] !== 'MERGE_ALL' || !(r0 >= 0 && r1 > r0 && c0 >= 0 && c1 > c0))
            throw new Error(
              `API call to sheets.spreadsheets.batchUpdate failed: invalid request ${JSON.stringify(request)}`,
            );
          if (r1 > sheet.maxRows || c1 > sheet.maxCols)
            throw new Error('API call to sheets.spreadsheets.batchUpdate failed: range exceeds grid limits');
          sheet.assertWritable({ row: r0 + 1, col: c0 + 1, rows: r1 - r0, cols: c1 - c0 });
          mergeArea(sheet, { row: r0 + 1, col: c0 + 1, rows: r1 - r0, cols: c1 - c0 });
        }
        return { replies: requests.map(() => ({})) };
      },
    },
  };
}
