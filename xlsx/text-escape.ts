/**
 * Text that XML cannot carry, kept through a save. A cell may hold control characters (U+0001…,
 * pasted from old systems) and Excel stores them as `_x0001_`; ExcelJS drops them when it writes
 * and decodes every `_xHHHH_` when it reads, so a copy would lose the characters and a typed
 * «_x0041_» would come back as «A». Escaping before the write, as Excel does, makes the round
 * trip exact: control characters become `_xHHHH_`, and the `_` of a typed `_xHHHH_` becomes `_x005F_`.
 */
import type { Cell, CellValue as ExcelValue, Workbook } from 'exceljs';

// Tab, line feed and carriage return are valid XML and stay as they are.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

const hex = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** One text as OOXML stores it: `_xHHHH_` for what XML cannot hold, `_x005F_` before a typed escape. */
export function escapeOoxmlText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (c) => `_x${hex(c)}_`);
}

function escapedValue(v: ExcelValue): ExcelValue | undefined {
  if (typeof v === 'string') {
    const e = escapeOoxmlText(v);
    return e === v ? undefined : e;
  }
  if (typeof v === 'object' && v !== null && 'richText' in v && Array.isArray(v.richText)) {
    const parts = v.richText.map((p) => ({ ...p, text: escapeOoxmlText(p.text) }));
    return parts.some((p, i) => p.text !== v.richText[i]?.text) ? { ...v, richText: parts } : undefined;
  }
  return undefined;
}

/**
 * Escapes every text cell of the workbook in place for the write, and returns what puts the
 * values back: the workbook may be read and saved again afterwards (the demo does), and escaping
 * twice would turn `_x0001_` into `_x005F_x0001_`.
 */
export function escapeWorkbookText(wb: Workbook): () => void {
  const changed: { cell: Cell; value: ExcelValue }[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged cell's slaves mirror their master: only the master is written.
        if (cell.isMerged && cell.master !== cell) return;
        const e = escapedValue(cell.value);
        if (e === undefined) return;
        changed.push({ cell, value: cell.value });
        cell.value = e;
      });
    });
  });
  return () => {
    for (const { cell, value } of changed) cell.value = value;
  };
}
