// Draws the extension's icon, images/icon.png (256×256 RGBA): three chevrons stepping up on a
// Django-green rounded square, the brighter the newer — an upgrade, one release at a time.
//
//   node scripts/draw-icon.mjs            writes images/icon.png
//   node scripts/draw-icon.mjs --check    exits 1 when images/icon.png differs from what this draws
//
// No image library: shapes are tested per sub-pixel (4×4 samples a pixel, for smooth edges) and
// the PNG is written with node:zlib, so the same script always gives the same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const size = 256;
const samples = 4;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const target = path.join(root, 'images', 'icon.png');

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const backgroundTop = hex('#127a52');
const backgroundBottom = hex('#092e20');
// Oldest to newest release, bottom to top.
const chevrons = [
  { y: 158, color: hex('#2f8f66') },
  { y: 106, color: hex('#6fd3a6') },
  { y: 54, color: hex('#ffffff') },
];
const chevronHalfWidth = 62;
const chevronRise = 44;
const strokeRadius = 15;
// A chevron is cut out of the one below it by this margin, so the three read as separate steps.
const gap = 6;
const cornerRadius = 52;

/** Inside the rounded square that fills the image. */
function inBackground(x, y) {
  const dx = Math.max(cornerRadius - x, x - (size - cornerRadius), 0);
  const dy = Math.max(cornerRadius - y, y - (size - cornerRadius), 0);
  return dx * dx + dy * dy <= cornerRadius * cornerRadius;
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

/**
 * The colour of the topmost chevron at (x, y) (two round-capped strokes meeting at the apex);
 * undefined for the background, including the gap around each chevron.
 */
function chevronAt(x, y) {
  const cx = size / 2;
  for (let i = chevrons.length - 1; i >= 0; i--) {
    const { y: apex, color } = chevrons[i];
    const base = apex + chevronRise;
    const distance = Math.min(
      segmentDistance(x, y, cx - chevronHalfWidth, base, cx, apex),
      segmentDistance(x, y, cx, apex, cx + chevronHalfWidth, base),
    );
    if (distance <= strokeRadius) return color;
    if (distance <= strokeRadius + gap) return undefined;
  }
  return undefined;
}

/** RGBA rows, each prefixed with PNG filter type 0 (none). */
function render() {
  const rowBytes = 1 + size * 4;
  const raw = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          if (!inBackground(x, y)) continue;
          const mix = y / size;
          const color = chevronAt(x, y) ?? backgroundTop.map((top, c) => top + (backgroundBottom[c] - top) * mix);
          r += color[0];
          g += color[1];
          b += color[2];
          covered++;
        }
      }
      const at = py * rowBytes + 1 + px * 4;
      // Colour averaged over the covered samples; alpha is the coverage (straight, not premultiplied).
      raw[at] = covered ? Math.round(r / covered) : 0;
      raw[at + 1] = covered ? Math.round(g / covered) : 0;
      raw[at + 2] = covered ? Math.round(b / covered) : 0;
      raw[at + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return raw;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function drawIcon() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(render(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const png = drawIcon();
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(target) && fs.readFileSync(target).equals(png);
    if (!same) console.error(`${path.relative(root, target)} is not what scripts/draw-icon.mjs draws: run \`node scripts/draw-icon.mjs\``);
    process.exit(same ? 0 : 1);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, png);
  console.log(`wrote ${path.relative(root, target)} (${png.length} bytes)`);
}
