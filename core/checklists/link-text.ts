/**
 * A school's link as an official reads it. Text from schools is data, never a formula: a comment
 * typed as `=HYPERLINK("https://…";"Приказ")` is kept as text, but shown as «Приказ — https://…»,
 * not as formula text an official would have to decipher.
 */
const HYPERLINK = /^\s*=\s*(?:HYPERLINK|ГИПЕРССЫЛКА)\s*\(\s*"([^"]*)"\s*(?:[,;]\s*"([^"]*)"\s*)?\)\s*$/i;

export function linkText(text: string): string {
  const m = HYPERLINK.exec(text);
  if (!m) return text;
  const url = m[1] ?? '';
  const label = (m[2] ?? '').trim();
  return label && label !== url ? `${label} — ${url}` : url;
}
