/** The synthetic municipality for the tests: its files as grids, and as .xlsx bytes written by ExcelJS. */
import { Workbook } from 'exceljs';
import type { CellValue } from '../../core/grid/grid';
import type { VprSource } from '../../core/vpr/read-sources';
import { vprMunicipality, type VprFile } from '../../cli/demo-vpr-data';

export { PLANTED, SMALL_SCHOOLS, vprMunicipality } from '../../cli/demo-vpr-data';

export const asSource = (f: VprFile): VprSource => ({
  name: f.name,
  grids: [{ sheet: 'Лист1', values: f.rows, merges: [] }],
});

export function municipalitySources(seed?: number): VprSource[] {
  return vprMunicipality(seed).map(asSource);
}

/** One file as an .xlsx, as ФИС ОКО gives it: one sheet, values only. */
export async function xlsxOf(rows: readonly (readonly CellValue[])[], sheet = 'Лист1'): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r.map((v) => (v === null || typeof v === 'object' ? null : v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
