/**
 * Reads an .xlsx into sheet snapshots: the one door through which a unit's file enters.
 * Checked in order, each failure a clear error naming the file, and nothing half-read (a file
 * gives all its sheets or none):
 * 1-3. open-package.ts: the size, what the bytes are (zip, password-protected, old .xls, PDF,
 *    text), the zip opens and holds a workbook, and its unpacked size is bounded;
 * 4. the lean reader (read/lean-workbook.ts) parses the parts a snapshot needs; the sheets'
 *    cells, counted as rows x columns of their used area, stay within maxCells.
 */
import type { SheetSnapshot } from "../core/sheets/snapshot";
import type { ReadError } from "./errors";
import { openPackage, type ReadWorkbookOptions } from "./open-package";
import { readPackageLean } from "./read/lean-workbook";

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_CELLS, type ReadWorkbookOptions } from "./open-package";

export type ReadWorkbookResult =
  { ok: true; sheets: SheetSnapshot[]; metadata: Record<string, string> } | { ok: false; error: ReadError };

export async function readWorkbook(
  input: Buffer | Uint8Array | string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  const opened = await openPackage(input, options);
  if (!opened.ok) return opened;
  return readPackageLean(opened.zip, opened.fileName, opened.maxCells);
}
