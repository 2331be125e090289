/**
 * Unpacking parts in Node: JSZip found the parts and their sizes; the inflating is done by
 * Node's zlib (native, several times faster than JSZip's JavaScript inflate, which was a third
 * of the reading time), bounded by the size the zip directory declares so that a part that
 * unpacks to more than it claims is refused. Where JSZip's internals are not what this
 * expects, JSZip itself inflates the part. Node only: the browser unpacks with
 * bytes/unzip-jszip.ts, and only the Node entry (read-workbook.ts) and writer import this.
 */
import { inflateRawSync } from "node:zlib";
import type JSZip from "jszip";
import { compressedPart, STORED, type PartUnzip } from "../bytes/zip-entry";

export async function partBytes(zip: JSZip, path: string | undefined): Promise<Buffer | undefined> {
  const file = path === undefined ? null : zip.file(path);
  if (!file) return undefined;
  const part = compressedPart(file);
  if (!part) return file.async("nodebuffer");
  const { content, method, size } = part;
  const raw =
    method === STORED
      ? Buffer.from(content.buffer, content.byteOffset, content.byteLength)
      : inflateRawSync(content, { maxOutputLength: Math.max(size, 1) });
  if (raw.length !== size) throw new Error(`${path}: ${raw.length} bytes unpacked, ${size} declared`);
  return raw;
}

export const unzipWithZlib: PartUnzip = partBytes;
