/**
 * A school's link as an official reads it. Text from schools is data, never a formula: a comment
 * typed as `=HYPERLINK("https://…";"Приказ")` is shown as «Приказ — https://…», and where the
 * address is a web one (http, https) the cell becomes a real link to it.
 */
import type { OutputValue } from '../changes/change-set';
import type { CellValue } from '../grid/grid';

const HYPERLINK = /^\s*=\s*(?:HYPERLINK|ГИПЕРССЫЛКА)\s*\(\s*"([^"]*)"\s*(?:[,;]\s*"([^"]*)"\s*)?\)\s*$/i;
/** A whole cell that is one web address, nothing else. */
const WEB_ADDRESS = /^https?:\/\/[^\s"<>]+$/i;

export function linkText(text: string): string {
  const m = HYPERLINK.exec(text);
  if (!m) return text;
  const url = m[1] ?? '';
  const label = (m[2] ?? '').trim();
  return label && label !== url ? `${label} — ${url}` : url;
}

/**
 * A school's answer or comment as a «Свод» cell: a web address (alone, or in a HYPERLINK formula
 * typed as text) becomes a link showing `linkText`; anything else stays the value it was. Other
 * schemes (javascript:, file:) are never made clickable.
 */
export function linkCell(v: CellValue): OutputValue {
  if (typeof v !== 'string') return v;
  const url = (HYPERLINK.exec(v)?.[1] ?? v).trim();
  return WEB_ADDRESS.test(url) ? { text: linkText(v).trim(), url } : linkText(v);
}
