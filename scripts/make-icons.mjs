// Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png) with no image library: a
// minimal PNG encoder over node:zlib. The glyph is a green sheet with a white 3x3 grid and
// a gold "sum" bar along the bottom, so it reads as "a table that adds up" even at 16 px.
// Run `node scripts/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Buffer } from "node:buffer";
import { crc32, deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128];

const GREEN = [16, 124, 65]; // Excel's brand green, #107C41
const WHITE = [255, 255, 255];
const GOLD = [255, 185, 0]; // the sum bar

/** One PNG chunk: length, type, data, CRC over type+data (PNG spec section 5.3). */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels (width*height*4 bytes) as a PNG with no filtering. */
export function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering (each row starts with its filter byte)
  header[12] = 0; // no interlace
  const rowBytes = width * 4;
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowBytes + 1)] = 0; // filter type None
    rgba.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  }
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * The glyph in unit coordinates (0..1 both ways): returns the colour at (u, v) or null
 * for transparent. A rounded green square; inside it a white grid of 3 columns x 3 rows;
 * below the grid a gold bar, the "total" row.
 */
function glyph(u, v) {
  const margin = 0.06;
  const radius = 0.14;
  const inside = roundedRect(u, v, margin, margin, 1 - margin, 1 - margin, radius);
  if (!inside) return null;
  const left = 0.2;
  const right = 0.8;
  const top = 0.18;
  const gridBottom = 0.62;
  const line = 0.055;
  // Sum bar: a solid band under the grid.
  if (u >= left && u <= right && v >= 0.68 && v <= 0.82) return GOLD;
  if (u >= left - line / 2 && u <= right + line / 2 && v >= top - line / 2 && v <= gridBottom + line / 2) {
    for (let i = 0; i <= 3; i++) {
      const x = left + ((right - left) * i) / 3;
      const y = top + ((gridBottom - top) * i) / 3;
      if (Math.abs(u - x) <= line / 2 || Math.abs(v - y) <= line / 2) return WHITE;
    }
  }
  return GREEN;
}

function roundedRect(u, v, x0, y0, x1, y1, r) {
  if (u < x0 || u > x1 || v < y0 || v > y1) return false;
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
}

/** Renders the glyph at size x size with 4x4 supersampling so small sizes stay smooth. */
export function renderIcon(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = glyph((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (y * size + x) * 4;
      if (covered > 0) {
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
        rgba[at + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    console.log(`wrote ${file}`);
  }
}
