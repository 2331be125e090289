/**
 * Reads an .xlsx held in memory into sheet snapshots: the one door through which a unit's
 * file enters, in the browser and in Node alike (read-workbook.ts is Node's wrapper around
 * it). No node:* and no Buffer. Checked in order, each failure a clear error naming the file,
 * and nothing half-read (a file gives all its sheets or none):
 * 1-3. bytes/open-bytes.ts: the size, what the bytes are (zip, password-protected, old .xls,
 *    PDF, text), the zip opens and holds a workbook, and its declared unpacked size is bounded;
 * 4. the lean reader (read/lean-workbook.ts) parses the parts a snapshot needs, each unpacked
 *    to no more than its declared size; the sheets' cells, counted as rows x columns of their
 *    used area, stay within maxCells.
 */
import type { SheetSnapshot } from "../core/sheets/snapshot";
import { openPackageBytes, type ReadLimits } from "./bytes/open-bytes";
import { unzipWithJSZip } from "./bytes/unzip-jszip";
import type { PartUnzip } from "./bytes/zip-entry";
import type { ReadError } from "./errors";
import { readPackageLean } from "./read/lean-workbook";

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_CELLS } from "./bytes/open-bytes";
export type { PartUnzip } from "./bytes/zip-entry";
export type { ReadError, ReadErrorCode } from "./errors";

export interface ReadBytesOptions extends ReadLimits {
  /** The name used in messages and kept as the source. */
  fileName: string;
  /** How parts are unpacked; default JSZip's inflate, which works everywhere. */
  unzip?: PartUnzip;
}

export type ReadWorkbookResult =
  { ok: true; sheets: SheetSnapshot[]; metadata: Record<string, string> } | { ok: false; error: ReadError };

export async function readWorkbookBytes(
  bytes: Uint8Array,
  options: ReadBytesOptions,
): Promise<ReadWorkbookResult> {
  const opened = await openPackageBytes(bytes, options.fileName, options);
  if (!opened.ok) return opened;
  return readPackageLean(opened.zip, opened.fileName, opened.maxCells, options.unzip ?? unzipWithJSZip);
}
