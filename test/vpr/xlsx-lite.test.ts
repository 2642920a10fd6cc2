/** The small .xlsx reader gives the grids ExcelJS gives, for what results files hold. */
import { inflateRawSync } from 'node:zlib';
import { Workbook } from 'exceljs';
import { readBookGrids, ZipError, type ZipEnv } from '../../core/xlsx-lite/read-book';
import { ZIP_LIMITS } from '../../core/xlsx-lite/zip';
import { workbookToGrids } from '../../xlsx/read';

const env: ZipEnv = {
  inflate: (d) => Promise.resolve(inflateRawSync(d)),
  decode: (d) => new TextDecoder().decode(d),
};

async function book(): Promise<Buffer> {
  const wb = new Workbook();
  const a = wb.addWorksheet('Результаты & итоги');
  a.addRow(['ВПР 2025 <Математика> 5 класс']);
  a.addRow([]);
  a.addRow(['Логин ОО', '1 (1б)', 'Первичный балл', 'Отметка']);
  a.addRow(['sch1', 'X', 12.5, true]);
  a.getCell('F6').value = 'далеко';
  a.getCell('B7').value = { richText: [{ text: 'жир' }, { text: 'ный' }] };
  a.getCell('C7').value = { formula: '1+1', result: 2 };
  wb.addWorksheet('Пустой');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readBookGrids', () => {
  it('reads the same values as ExcelJS, sheet by sheet', async () => {
    const bytes = await book();
    const lite = await readBookGrids(bytes, env);
    const wb = new Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    const full = workbookToGrids(wb);
    expect(lite.map((g) => g.sheet)).toEqual(['Результаты & итоги', 'Пустой']);
    expect(lite[0]?.values).toEqual(full[0]?.values);
    expect(lite[0]?.values[6]).toEqual([null, 'жирный', 2]);
  });
  it('refuses what is not a zip, and a zip that claims too much', async () => {
    await expect(readBookGrids(new Uint8Array([1, 2, 3, 4]), env)).rejects.toBeInstanceOf(ZipError);
    const bytes = new Uint8Array(await book());
    // Forge the first central-directory entry's uncompressed size beyond the limit.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = bytes.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const dir = view.getUint32(end + 16, true);
    view.setUint32(dir + 24, ZIP_LIMITS.entrySize + 1, true);
    await expect(readBookGrids(bytes, env)).rejects.toMatchObject({ problem: 'too-large' });
  });
});
