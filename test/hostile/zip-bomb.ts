/**
 * A zip bomb generated on the fly (no committed binary): one part that inflates to `mb` MB of
 * spaces, deflated as a stream so the test itself stays cheap in memory.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { crc32, createDeflateRaw } from 'node:zlib';

const CHUNK = Buffer.alloc(1024 * 1024, 0x20);

function header(sig: number, fields: [number, number][], name: Buffer): Buffer {
  const size = 4 + fields.reduce((n, [, w]) => n + w, 0);
  const b = Buffer.alloc(size);
  b.writeUInt32LE(sig, 0);
  let at = 4;
  for (const [v, w] of fields) {
    if (w === 2) b.writeUInt16LE(v, at);
    else b.writeUInt32LE(v >>> 0, at);
    at += w;
  }
  return Buffer.concat([b, name]);
}

export async function writeZipBomb(file: string, mb: number, part = 'xl/worksheets/sheet1.xml'): Promise<void> {
  const deflate = createDeflateRaw({ level: 9 });
  const pieces: Buffer[] = [];
  deflate.on('data', (d: Buffer) => pieces.push(d));
  let crc = 0;
  for (let k = 0; k < mb; k++) {
    crc = crc32(CHUNK, crc);
    if (!deflate.write(CHUNK)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  const data = Buffer.concat(pieces);
  const name = Buffer.from(part);
  const size = mb * CHUNK.length;
  const common: [number, number][] = [
    [20, 2],
    [0, 2],
    [8, 2],
    [0, 2],
    [0, 2],
    [crc, 4],
    [data.length, 4],
    [size, 4],
    [name.length, 2],
    [0, 2],
  ];
  const local = header(0x04034b50, common, name);
  const central = header(0x02014b50, [[20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [0, 4]], name);
  const eocd = header(
    0x06054b50,
    [
      [0, 2],
      [0, 2],
      [1, 2],
      [1, 2],
      [central.length, 4],
      [local.length + data.length, 4],
      [0, 2],
    ],
    Buffer.alloc(0),
  );
  const out = createWriteStream(file);
  out.end(Buffer.concat([local, data, central, eocd]));
  await once(out, 'close');
}
