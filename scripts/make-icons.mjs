// Draws the add-in's ribbon icons (16/32/64/80 px PNG) with Node built-ins only; run once, the
// PNGs are committed in office-addin/assets/. `node scripts/make-icons.mjs`
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const OUT = 'office-addin/assets';
const SIZES = {
  icon: [16, 32, 64, 80],
  check: [16, 32, 80],
  clear: [16, 32, 80],
  pane: [16, 32, 80],
  track: [16, 32, 80],
  refresh: [16, 32, 80],
  summary: [16, 32, 80],
};
const COLORS = {
  icon: [26, 115, 232],
  check: [30, 142, 62],
  clear: [217, 48, 37],
  pane: [95, 99, 104],
  track: [227, 116, 0],
  refresh: [0, 137, 123],
  summary: [103, 58, 183],
};

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in unit coordinates (0..1): distance to a segment, for strokes.
function segment(x, y, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}
function roundRect(x, y, r) {
  const qx = Math.abs(x - 0.5) - (0.5 - r),
    qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r <= 0;
}
const GLYPHS = {
  // An eye: the «ОКО» of the name.
  icon: (x, y) => {
    const outer = ((x - 0.5) / 0.36) ** 2 + ((y - 0.5) / 0.22) ** 2 <= 1;
    const pupil = Math.hypot(x - 0.5, y - 0.5) <= 0.11;
    return outer && !pupil;
  },
  check: (x, y) => Math.min(segment(x, y, 0.24, 0.52, 0.42, 0.7), segment(x, y, 0.42, 0.7, 0.77, 0.3)) <= 0.075,
  clear: (x, y) => Math.min(segment(x, y, 0.3, 0.3, 0.7, 0.7), segment(x, y, 0.7, 0.3, 0.3, 0.7)) <= 0.075,
  pane: (x, y) => {
    const inBox = x >= 0.22 && x <= 0.78 && y >= 0.25 && y <= 0.75;
    const hole = x >= 0.29 && x <= 0.52 && y >= 0.32 && y <= 0.68;
    return inBox && !hole;
  },
  // A calendar page with one marked day: statuses and control dates.
  track: (x, y) => {
    const frame = x >= 0.22 && x <= 0.78 && y >= 0.26 && y <= 0.76;
    const inside = x >= 0.29 && x <= 0.71 && y >= 0.4 && y <= 0.69;
    const rings = (Math.abs(x - 0.37) <= 0.035 || Math.abs(x - 0.63) <= 0.035) && y >= 0.18 && y <= 0.3;
    const day = x >= 0.52 && x <= 0.64 && y >= 0.5 && y <= 0.62;
    return (frame && !inside) || rings || day;
  },
  // A circular arrow: recompute.
  refresh: (x, y) => {
    const r = Math.hypot(x - 0.5, y - 0.5);
    const angle = Math.atan2(y - 0.5, x - 0.5);
    const ring = Math.abs(r - 0.22) <= 0.06 && !(angle > -Math.PI / 2 && angle < -Math.PI / 6);
    const head = segment(x, y, 0.62, 0.28, 0.5, 0.16) <= 0.06 || segment(x, y, 0.62, 0.28, 0.5, 0.4) <= 0.06;
    return ring || head;
  },
  // Three bars of a chart: the summary and its diagram.
  summary: (x, y) => {
    const bar = (x0, top) => x >= x0 && x <= x0 + 0.12 && y >= top && y <= 0.74;
    const base = y >= 0.74 && y <= 0.79 && x >= 0.22 && x <= 0.78;
    return bar(0.26, 0.5) || bar(0.44, 0.3) || bar(0.62, 0.42) || base;
  },
};

function draw(name, size) {
  const [r, g, b] = COLORS[name];
  const glyph = GLYPHS[name];
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0,
        fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size,
            y = (py + (sy + 0.5) / n) / size;
          if (!roundRect(x, y, 0.18)) continue;
          bg++;
          if (glyph(x, y)) fg++;
        }
      }
      const i = (py * size + px) * 4;
      const white = bg ? fg / bg : 0;
      rgba[i] = Math.round(r + (255 - r) * white);
      rgba[i + 1] = Math.round(g + (255 - g) * white);
      rgba[i + 2] = Math.round(b + (255 - b) * white);
      rgba[i + 3] = Math.round((255 * bg) / (n * n));
    }
  }
  return png(size, rgba);
}

mkdirSync(OUT, { recursive: true });
for (const [name, sizes] of Object.entries(SIZES)) {
  for (const size of sizes) writeFileSync(`${OUT}/${name}-${size}.png`, draw(name, size));
}
console.log(`Значки записаны в ${OUT}/`);
