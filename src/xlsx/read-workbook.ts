/**
 * Reads an .xlsx from a path or from memory in Node: a thin wrapper around read-bytes.ts, the
 * same checks and reading the browser runs. Node adds only what it has and the browser has
 * not: a path checked for size before it is read (open-package.ts), and parts inflated
 * natively by zlib (read/zip-parts.ts), several times faster than JSZip's inflate.
 */
import { loadInput, type ReadWorkbookOptions } from "./open-package";
import { readWorkbookBytes, type ReadWorkbookResult } from "./read-bytes";
import { unzipWithZlib } from "./read/zip-parts";

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_CELLS, type ReadWorkbookOptions } from "./open-package";
export type { ReadWorkbookResult } from "./read-bytes";

export async function readWorkbook(
  input: Buffer | Uint8Array | string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  const loaded = loadInput(input, options);
  if (!loaded.ok) return loaded;
  return readWorkbookBytes(loaded.bytes, { ...options, fileName: loaded.fileName, unzip: unzipWithZlib });
}
