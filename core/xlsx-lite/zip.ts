/**
 * The entries of a zip archive (an .xlsx is one), read from its central directory. Pure: the
 * host gives the inflater (zlib in Node, DecompressionStream in a browser). Limits keep a
 * crafted file («zip bomb») from exhausting memory: sizes are checked before inflating.
 */

export interface ZipEnv {
  /** Raw DEFLATE → bytes. */
  inflate(data: Uint8Array): Promise<Uint8Array>;
  /** UTF-8 bytes → text. */
  decode(data: Uint8Array): string;
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** No .xlsx of results comes near these; a larger one is refused, not inflated. */
export const ZIP_LIMITS = { entrySize: 256 * 1024 * 1024, totalSize: 512 * 1024 * 1024, ratio: 1000 } as const;

export type ZipProblem = 'not-zip' | 'too-large' | 'unsupported';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
    this.name = 'ZipError';
  }
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

function endOfDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--)
    if (u32(b, at) === 0x06054b50) return at;
  throw new ZipError('not-zip');
}

/** The central directory's entries; names decoded as UTF-8 (as Excel writes them). */
export function zipEntries(b: Uint8Array, env: ZipEnv): ZipEntry[] {
  const end = endOfDirectory(b);
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const out: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (u32(b, at) !== 0x02014b50) throw new ZipError('not-zip');
    const nameLen = u16(b, at + 28);
    const entry: ZipEntry = {
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      name: env.decode(b.subarray(at + 46, at + 46 + nameLen)),
      offset: u32(b, at + 42),
    };
    total += entry.size;
    const ratio = entry.compressedSize > 0 ? entry.size / entry.compressedSize : 0;
    if (entry.size > ZIP_LIMITS.entrySize || total > ZIP_LIMITS.totalSize || ratio > ZIP_LIMITS.ratio)
      throw new ZipError('too-large');
    out.push(entry);
    at += 46 + nameLen + u16(b, at + 30) + u16(b, at + 32);
  }
  return out;
}

/** One entry's bytes: stored or deflated; the inflated size must be the one declared. */
export async function zipRead(b: Uint8Array, e: ZipEntry, env: ZipEnv): Promise<Uint8Array> {
  if (u32(b, e.offset) !== 0x04034b50) throw new ZipError('not-zip');
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  const data = b.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new ZipError('unsupported');
  const out = await env.inflate(data);
  if (out.length > ZIP_LIMITS.entrySize) throw new ZipError('too-large');
  return out;
}
