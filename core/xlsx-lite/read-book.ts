/**
 * An .xlsx's bytes → one Grid per worksheet, in tab order, without ExcelJS: small and fast, for
 * reading many downloaded results files (the CLI, and the Google Sheets dialog in the browser,
 * where ExcelJS would be too large). Values only: no styles, merges or formulas' text.
 */
import type { Grid } from '../grid/grid';
import { sharedStrings, sheetRows, unescapeXml } from './sheet-xml';
import { zipEntries, zipRead, type ZipEntry, type ZipEnv } from './zip';

export { ZipError, type ZipEnv } from './zip';

async function text(
  b: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  name: string,
  env: ZipEnv,
): Promise<string | null> {
  const e = entries.get(name);
  return e ? env.decode(await zipRead(b, e, env)) : null;
}

/** `worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function partName(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The worksheets in tab order: name and part. */
function sheetParts(workbook: string, rels: string): { name: string; part: string }[] {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const tag = m[1] ?? '';
    const id = /\sId="([^"]*)"/.exec(tag)?.[1];
    const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target && /worksheet/.test(/\sType="([^"]*)"/.exec(tag)?.[1] ?? '')) targets.set(id, target);
  }
  const out: { name: string; part: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const tag = m[1] ?? '';
    const name = unescapeXml(/\sname="([^"]*)"/.exec(tag)?.[1] ?? '');
    const id = /\sr:id="([^"]*)"/.exec(tag)?.[1] ?? '';
    const target = targets.get(id);
    if (target) out.push({ name, part: partName(target) });
  }
  return out;
}

/** A part of the package by its name (`xl/workbook.xml`), as text, or null when absent. */
export type PartReader = (name: string) => Promise<string | null>;

/** The grids from any zip reader (JSZip in the Excel pane); a package without a workbook gives none. */
export async function gridsFromParts(read: PartReader): Promise<Grid[]> {
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  if (workbook === null || rels === null) return [];
  const shared = sharedStrings((await read('xl/sharedStrings.xml')) ?? '');
  const grids: Grid[] = [];
  for (const { name, part } of sheetParts(workbook, rels)) {
    const xml = await read(part);
    if (xml !== null) grids.push({ sheet: name, values: sheetRows(xml, shared), merges: [] });
  }
  return grids;
}

/** Throws ZipError for what is not a readable zip; a zip without a workbook gives no grids. */
export async function readBookGrids(b: Uint8Array, env: ZipEnv): Promise<Grid[]> {
  const entries = new Map(zipEntries(b, env).map((e) => [e.name, e] as const));
  return gridsFromParts((name) => text(b, entries, name, env));
}
