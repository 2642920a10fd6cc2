/** Bytes as standard base64 text, without Node's Buffer or the browser's btoa: every host runs it. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = '='.charCodeAt(0);
/** Bytes per slice: whole triples, and few enough characters for one String.fromCharCode call. */
const SLICE = 3 * 8192;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chars = new Array<number>((SLICE / 3) * 4);
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(start + SLICE, bytes.length);
    let k = 0;
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      const c = bytes[i + 2] ?? 0;
      const n = (a << 16) | (b << 8) | c;
      chars[k++] = CODES[(n >> 18) & 63] ?? PAD;
      chars[k++] = CODES[(n >> 12) & 63] ?? PAD;
      chars[k++] = i + 1 < end ? (CODES[(n >> 6) & 63] ?? PAD) : PAD;
      chars[k++] = i + 2 < end ? (CODES[n & 63] ?? PAD) : PAD;
    }
    parts.push(String.fromCharCode(...chars.slice(0, k)));
  }
  return parts.join('');
}
