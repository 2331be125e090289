import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const assets = join(import.meta.dirname, "..", "..", "assets");

/** Reads a PNG with node:zlib only, checking each chunk's CRC, as an independent decoder. */
function readPng(file: string) {
  const data = readFileSync(file);
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; body: Buffer }[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString("latin1", at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    expect(data.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(
      crc32(data.subarray(at + 4, at + 8 + length)),
    );
    chunks.push({ type, body });
    at += 12 + length;
  }
  const header = chunks[0]!;
  expect(header.type).toBe("IHDR");
  const idat = Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.body));
  return {
    width: header.body.readUInt32BE(0),
    height: header.body.readUInt32BE(4),
    bitDepth: header.body[8],
    colourType: header.body[9],
    pixels: inflateSync(idat),
    last: chunks.at(-1)!.type,
  };
}

describe("add-in icons in assets/", () => {
  it.each([16, 32, 64, 80, 128])("icon-%i.png is a valid %i x %i RGBA PNG", (size) => {
    const png = readPng(join(assets, `icon-${size}.png`));
    expect([png.width, png.height, png.bitDepth, png.colourType, png.last]).toEqual([
      size,
      size,
      8,
      6,
      "IEND",
    ]);
    // One filter byte per row plus 4 bytes per pixel: for 16 px, 16 * (1 + 64) = 1040 bytes.
    expect(png.pixels.length).toBe(size * (1 + size * 4));
  });
});
