/**
 * The bytes and text of a part of an opened package. JSZip found the parts and their sizes;
 * the inflating is done by Node's zlib (native, several times faster than JSZip's JavaScript
 * inflate, which was a third of the reading time), bounded by the size the zip directory
 * declares so that a part that unpacks to more than it claims is refused. Where JSZip's
 * internals are not what this expects, JSZip itself inflates the part.
 */
import { inflateRawSync } from "node:zlib";
import type JSZip from "jszip";

const STORED = "\x00\x00";
const DEFLATED = "\x08\x00";

/** JSZip's record of a part read from a zip (lib/compressedObject.js; not in its typings). */
interface CompressedPart {
  uncompressedSize?: unknown;
  compressedContent?: unknown;
  compression?: { magic?: unknown };
}

export async function partBytes(zip: JSZip, path: string | undefined): Promise<Buffer | undefined> {
  const file = path === undefined ? null : zip.file(path);
  if (!file) return undefined;
  const data = (file as unknown as { _data?: CompressedPart })._data;
  const content = data?.compressedContent;
  const size = data?.uncompressedSize;
  const magic = data?.compression?.magic;
  if (content instanceof Uint8Array && typeof size === "number" && (magic === STORED || magic === DEFLATED)) {
    const raw =
      magic === STORED
        ? Buffer.from(content.buffer, content.byteOffset, content.byteLength)
        : inflateRawSync(content, { maxOutputLength: Math.max(size, 1) });
    if (raw.length !== size) throw new Error(`${path}: ${raw.length} bytes unpacked, ${size} declared`);
    return raw;
  }
  return file.async("nodebuffer");
}

export async function partText(zip: JSZip, path: string | undefined): Promise<string | undefined> {
  const bytes = await partBytes(zip, path);
  if (bytes === undefined) return undefined;
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
