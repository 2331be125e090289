/**
 * One part of a package JSZip opened, as the readers see it: how to unpack it (PartUnzip, a
 * step the caller may choose: JSZip's own inflate everywhere, Node's zlib where there is one)
 * and what the zip directory declares about it. JSZip parses the directory on load and keeps
 * each part's compressed bytes, method and declared size in `_data` (lib/compressedObject.js),
 * which its typings do not show; where that is not what this expects, the readers fall back
 * to JSZip's public API.
 */
import type JSZip from "jszip";

/**
 * Unpacks one part of an opened package: undefined when there is no such part; throws when
 * the part unpacks to more or fewer bytes than the directory declares (a hostile zip can
 * claim a small size and unpack to gigabytes), so a reader must stop before using more.
 */
export type PartUnzip = (zip: JSZip, path: string) => Promise<Uint8Array | undefined>;

export const STORED = "\x00\x00";
export const DEFLATED = "\x08\x00";

/** What JSZip recorded of a part read from a zip. */
export interface CompressedPart {
  /** The bytes as stored in the zip (raw deflate when the method is DEFLATED). */
  content: Uint8Array;
  /** STORED or DEFLATED (other methods are left to JSZip). */
  method: typeof STORED | typeof DEFLATED;
  size: number;
}

interface JSZipData {
  uncompressedSize?: unknown;
  compressedContent?: unknown;
  compression?: { magic?: unknown };
}

function dataOf(file: JSZip.JSZipObject): JSZipData | undefined {
  return (file as unknown as { _data?: JSZipData })._data;
}

/** The size the zip directory declares for a part, when JSZip kept it. */
export function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const size = dataOf(file)?.uncompressedSize;
  return typeof size === "number" ? size : undefined;
}

/** The part's stored bytes and method, when JSZip's record is as expected. */
export function compressedPart(file: JSZip.JSZipObject): CompressedPart | undefined {
  const data = dataOf(file);
  const content = data?.compressedContent;
  const size = data?.uncompressedSize;
  const method = data?.compression?.magic;
  if (content instanceof Uint8Array && typeof size === "number" && (method === STORED || method === DEFLATED))
    return { content, method, size };
  return undefined;
}
