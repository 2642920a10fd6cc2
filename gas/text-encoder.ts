/**
 * Apps Script V8 has no TextEncoder, and the `docx` library (through its zip writer) needs one to
 * turn XML into UTF-8 bytes. A minimal one, installed only where the global is missing.
 */
function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

export function ensureTextEncoder(): void {
  const g = globalThis as { TextEncoder?: unknown };
  if (typeof g.TextEncoder === 'function') return;
  g.TextEncoder = class {
    readonly encoding = 'utf-8';
    encode(text = ''): Uint8Array {
      return utf8(text);
    }
  };
}
