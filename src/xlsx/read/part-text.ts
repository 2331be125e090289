/** The text of a part of an opened package, unpacked by the caller's chosen step. */
import type JSZip from "jszip";
import type { PartUnzip } from "../bytes/zip-entry";

// One decoder for every part: it strips a UTF-8 byte order mark, and never throws (bytes
// that are not UTF-8 become U+FFFD, as Buffer's toString did).
const utf8 = new TextDecoder("utf-8");

export async function partText(
  zip: JSZip,
  path: string | undefined,
  unzip: PartUnzip,
): Promise<string | undefined> {
  if (path === undefined) return undefined;
  const bytes = await unzip(zip, path);
  return bytes === undefined ? undefined : utf8.decode(bytes);
}
