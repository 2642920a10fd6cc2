/**
 * What must never reach a cell an official reads: a machine timestamp (ISO 8601), a hash-like hex
 * token (a template version or id), an English rule id of «Проверить план», or formula text.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { RULES } from '../../core/rules/registry';

export interface Leak {
  readonly where: string;
  readonly what: string;
  readonly text: string;
}

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// Eight or more hex digits with at least one letter and one digit (so «12345678» or «deadbeef» words
// of a plan do not count, «93121b848a» and «22A7ED56» do), standing alone as a word.
const HEX = /(?<![0-9A-Za-z])(?=[0-9A-Fa-f]*[A-Fa-f])(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{8,}(?![0-9A-Za-z])/;
const FORMULA = /^\s*=\s*(HYPERLINK|ГИПЕРССЫЛКА)\s*\(/i;
const ruleIds = RULES.map((r) => r.id);
const RULE = new RegExp(`(?<![\\w-])(${ruleIds.map((id) => id.replace(/-/g, '\\-')).join('|')})(?![\\w-])`);

/** What a text leaks, or null. */
export function leakIn(text: string): string | null {
  if (ISO.test(text)) return 'ISO timestamp';
  if (HEX.test(text)) return 'hex hash';
  if (RULE.test(text)) return 'English rule id';
  if (FORMULA.test(text)) return 'formula text';
  return null;
}

/** The text a cell shows: the value, a link's text, a formula's result. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return '';
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o['richText'])) return (o['richText'] as { text: string }[]).map((t) => t.text).join('');
  if (typeof o['text'] === 'string') return o['text'];
  if ('formula' in o) return typeof o['result'] === 'string' ? o['result'] : '';
  return '';
}

/** Every visible cell of a visible sheet (hidden columns and rows skipped), with what it leaks. */
export function sheetLeaks(ws: Worksheet, file: string): Leak[] {
  const out: Leak[] = [];
  ws.eachRow((row) => {
    if (row.hidden) return;
    row.eachCell((cell, c) => {
      if (ws.getColumn(c).hidden) return;
      const text = cellText(cell.value);
      const what = leakIn(text);
      if (what) out.push({ where: `${file} «${ws.name}»!${cell.address}`, what, text: text.slice(0, 120) });
    });
  });
  return out;
}

export function bookLeaks(wb: Workbook, file: string, skip: readonly string[] = []): Leak[] {
  return wb.worksheets
    .filter((ws) => ws.state === 'visible' && !skip.includes(ws.name))
    .flatMap((ws) => sheetLeaks(ws, file));
}

/** The paragraphs of a .docx as text, one line each, from its document.xml. */
export function docxLines(documentXml: string): string[] {
  return documentXml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(''))
    .filter((t) => t !== '');
}
