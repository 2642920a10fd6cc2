/** Item numbers as officials write them: «1», «1.», «1.6.», «3.1.2», «IV.», «N 5». */

export interface ItemNumber {
  /** As written, trimmed. */
  readonly raw: string;
  /** Numeric parts: «3.1.2» → [3, 1, 2]; Roman «IV» → [4]. */
  readonly parts: readonly number[];
  readonly trailingDot: boolean;
  readonly roman: boolean;
}

const ARABIC = /^(\d{1,3}(?:\s*\.\s*\d{1,3})*)\s*(\.)?\s*$/;
const ROMAN = /^([IVXLC]{1,6})\s*(\.)?\s*$/;
const LEADING = /^(\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.)\s+(\S.*)$/s;

export function romanToInt(s: string): number | null {
  const vals: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = vals[s[i] ?? ''];
    const next = vals[s[i + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** Parse a whole cell as an item number, or null if it is not one. */
export function parseNumber(text: string): ItemNumber | null {
  const t = text.trim().replace(/^(№|N)\s*/i, '');
  const a = ARABIC.exec(t);
  if (a && a[1]) {
    const parts = a[1].split('.').map((p) => Number(p.trim()));
    if (parts.some((p) => !Number.isFinite(p))) return null;
    return { raw: text.trim(), parts, trailingDot: a[2] === '.', roman: false };
  }
  const r = ROMAN.exec(t);
  if (r && r[1]) {
    const n = romanToInt(r[1]);
    if (n === null) return null;
    return { raw: text.trim(), parts: [n], trailingDot: r[2] === '.', roman: true };
  }
  return null;
}

/** «1. Нормативно-правовое обеспечение» → number and title; null when the cell does not start so. */
export function splitLeadingNumber(text: string): { number: ItemNumber; rest: string } | null {
  const m = LEADING.exec(text.trim());
  if (!m || !m[1] || !m[2]) return null;
  const number = parseNumber(m[1]);
  if (!number) return null;
  // «2021 год» is a year, not item 2021.
  if (!number.roman && number.parts.length === 1 && (number.parts[0] ?? 0) > 300) return null;
  return { number, rest: m[2].trim() };
}

export function numberKey(parts: readonly number[]): string {
  return parts.join('.');
}
