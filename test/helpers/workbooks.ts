/** ExcelJS workbooks in tests: open a file, round-trip through .xlsx bytes, a sheet that must exist. */
import { Workbook, type Worksheet } from 'exceljs';

/** The workbook of an .xlsx file on disk. */
export async function openBook(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Round-trips the workbook through the .xlsx format, as a user's file would arrive. */
export async function roundTrip(wb: Workbook): Promise<Workbook> {
  const back = new Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

/** The named sheet; a test fails loudly when it is missing. */
export function sheetOf(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}
