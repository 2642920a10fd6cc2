/**
 * Reads the central directory of a zip (an .xlsx) from its bytes, without inflating anything, so a
 * file that would unpack to gigabytes (a zip bomb) is refused before it costs memory. Pure TS over
 * the bytes: the .xlsx reader on every host and the Word import use it alike.
 */

export interface ZipPart {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
/** A little-endian 64-bit number; beyond 2^53 it is absurd for us anyway and reads as Infinity. */
const u64 = (b: Uint8Array, at: number): number => {
  const high = u32(b, at + 4);
  return high >= 0x200000 ? Infinity : high * 0x100000000 + u32(b, at);
};

function findEocd(b: Uint8Array): number {
  const last = b.length - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) if (u32(b, at) === EOCD) return at;
  return -1;
}

/** Sizes from the zip64 extra field (id 1) where the 32-bit fields say 0xFFFFFFFF. */
function zip64Sizes(b: Uint8Array, from: number, to: number, comp: number, uncomp: number): [number, number] {
  for (let at = from; at + 4 <= to;) {
    const id = u16(b, at);
    const size = u16(b, at + 2);
    if (id === 1) {
      let p = at + 4;
      let u = uncomp;
      let c = comp;
      if (uncomp === MAX32) {
        u = u64(b, p);
        p += 8;
      }
      if (comp === MAX32) c = u64(b, p);
      return [c, u];
    }
    at += 4 + size;
  }
  return [comp, uncomp];
}

/** The parts of the zip with their declared sizes, or null when there is no readable directory. */
export function readZipDirectory(b: Uint8Array): ZipPart[] | null {
  const eocd = findEocd(b);
  if (eocd < 0) return null;
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if ((count === 0xffff || offset === MAX32) && eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(b, eocd - 20 + 8);
    if (!(z + 56 <= b.length) || u32(b, z) !== ZIP64_EOCD) return null;
    count = u64(b, z + 32);
    offset = u64(b, z + 48);
  }
  const parts: ZipPart[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (!(at + 46 <= b.length) || u32(b, at) !== CENTRAL) return null;
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > b.length) return null;
    // Part names of an .xlsx are ASCII; anything else only shows in a message.
    const name = String.fromCharCode(...b.subarray(at + 46, Math.min(nameEnd, at + 46 + 200)));
    const [compressed, uncompressed] = zip64Sizes(b, nameEnd, nameEnd + extraLength, u32(b, at + 20), u32(b, at + 24));
    parts.push({ name, compressed, uncompressed });
    at = nameEnd + extraLength + commentLength;
  }
  return parts;
}

export interface ZipLimits {
  /** Everything unpacked, in bytes. */
  readonly total: number;
  /**
   * The worksheets' XML unpacked, in bytes. ExcelJS holds a cell in ~1 KB, about 20–30 times its
   * XML, so this bounds the memory of opening the book (a 200,000-row plan is ~45–70 MB of XML).
   */
  readonly sheets: number;
}

const MB = 1024 * 1024;
/** A school's checklist file: a few sheets of a few dozen rows. */
export const SCHOOL_FILE_LIMITS: ZipLimits = { total: 50 * MB, sheets: 8 * MB };
/**
 * A department's book: a plan, registries, summaries, pictures. 24 MB of sheets is ~100,000 rows of
 * five columns (a 20,000-row plan is 4–7 MB), opened in about 10 s and under 1 GB.
 */
export const BOOK_LIMITS: ZipLimits = { total: 300 * MB, sheets: 24 * MB };
/** Workbook metadata (styles, content types, relations, properties) is never this big in a real book. */
const METADATA_PART = 32 * MB;
/** Deflate of real spreadsheet XML stays far below this; bombs sit near deflate's maximum of ~1,030. */
const MAX_RATIO = 400;
/** Small parts may compress well; the ratio is judged only above this size. */
const RATIO_FROM = 4 * MB;

export type ZipProblem =
  | { readonly kind: 'broken' }
  | { readonly kind: 'total'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'sheets'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'part'; readonly part: string; readonly bytes: number }
  | { readonly kind: 'ratio'; readonly part: string; readonly ratio: number };

const isSheetPart = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

const isBulkPart = (name: string): boolean =>
  /^xl\/(worksheets|media|sharedStrings|drawings|charts|pivotCache|externalLinks)/i.test(name);

/** The first reason the zip must not be inflated, or null when its declared sizes are plausible. */
export function zipProblem(b: Uint8Array, limits: ZipLimits): ZipProblem | null {
  const parts = readZipDirectory(b);
  if (parts === null) return { kind: 'broken' };
  let total = 0;
  let sheets = 0;
  for (const p of parts) {
    total += p.uncompressed;
    if (isSheetPart(p.name)) sheets += p.uncompressed;
    if (!isBulkPart(p.name) && p.uncompressed > METADATA_PART)
      return { kind: 'part', part: p.name, bytes: p.uncompressed };
    if (p.uncompressed > RATIO_FROM && p.uncompressed > MAX_RATIO * Math.max(1, p.compressed))
      return { kind: 'ratio', part: p.name, ratio: Math.round(p.uncompressed / Math.max(1, p.compressed)) };
  }
  if (total > limits.total) return { kind: 'total', bytes: total, limit: limits.total };
  if (sheets > limits.sheets) return { kind: 'sheets', bytes: sheets, limit: limits.sheets };
  return null;
}
