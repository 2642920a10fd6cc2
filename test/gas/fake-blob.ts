/**
 * Blobs and the byte utilities of the Apps Script fake: Utilities.newBlob, base64Decode and unzip,
 * synchronous as in Apps Script (zlib inflates; the zip's central directory says where each part
 * is). Bytes are Java's: signed, -128…127, and anything else is refused as Apps Script refuses it.
 */
import { inflateRawSync } from 'node:zlib';
import type { CallLog } from './fake-sheet';

const signature = (what: string): Error =>
  new Error(`Exception: The parameters don't match the method signature for ${what}.`);

export function isJavaBytes(data: unknown): data is number[] {
  return (
    Array.isArray(data) && data.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= -128 && b <= 127)
  );
}

const toSigned = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

export class FakeBlob {
  constructor(
    private readonly bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getName(): string | null {
    return this.name;
  }
  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getBytes(): number[] {
    return toSigned(this.bytes);
  }
  getDataAsString(charset = 'UTF-8'): string {
    if (!/^utf-?8$/i.test(charset)) throw new Error(`fake: charset ${charset}`);
    return this.bytes.toString('utf8');
  }
  /** Fake only: the raw bytes. */
  raw(): Buffer {
    return this.bytes;
  }
}

const u16 = (b: Buffer, at: number): number => b.readUInt16LE(at);
const u32 = (b: Buffer, at: number): number => b.readUInt32LE(at);

/** Every file of the zip, inflated; throws as Apps Script does when the bytes are not a zip. */
function unzipAll(b: Buffer): FakeBlob[] {
  const bad = (): Error => new Error('Exception: Could not unzip the blob: invalid zip file.');
  let eocd = -1;
  for (let at = b.length - 22; at >= 0 && at >= b.length - 22 - 0xffff; at--)
    if (u32(b, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  if (eocd < 0) throw bad();
  const count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  const out: FakeBlob[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw bad();
    const method = u16(b, at + 10);
    const compressed = u32(b, at + 20);
    const nameLength = u16(b, at + 28);
    const next = at + 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    const name = b.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = u32(b, at + 42);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw bad();
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const data = b.subarray(start, start + compressed);
    if (!name.endsWith('/')) {
      if (method !== 0 && method !== 8) throw bad();
      let content: Buffer;
      try {
        content = method === 0 ? Buffer.from(data) : inflateRawSync(data);
      } catch {
        throw bad();
      }
      out.push(new FakeBlob(content, null, name));
    }
    at = next;
  }
  return out;
}

/** Utilities.newBlob, base64Decode and unzip over `log`, each call recorded. */
export function fakeBlobUtilities(log: CallLog) {
  return {
    newBlob(data: unknown, contentType?: string, name?: string): FakeBlob {
      log.record('Utilities.newBlob');
      if (typeof data === 'string') return new FakeBlob(Buffer.from(data, 'utf8'), contentType ?? null, name ?? null);
      if (!isJavaBytes(data)) throw signature('Utilities.newBlob');
      return new FakeBlob(Buffer.from(data.map((x) => x & 255)), contentType ?? null, name ?? null);
    },
    base64Decode(encoded: unknown): number[] {
      log.record('Utilities.base64Decode');
      if (typeof encoded !== 'string') throw signature('Utilities.base64Decode');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 === 1)
        throw new Error('Exception: Could not decode string.');
      return toSigned(Buffer.from(encoded, 'base64'));
    },
    unzip(blob: unknown): FakeBlob[] {
      log.record('Utilities.unzip');
      if (!(blob instanceof FakeBlob)) throw signature('Utilities.unzip');
      return unzipAll(blob.raw());
    },
  };
}
