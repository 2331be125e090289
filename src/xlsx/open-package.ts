/**
 * The Node door to the checks of bytes/open-bytes.ts: a path is checked for size on disk
 * before it is read (a 2 GB file is never loaded to be refused), then its bytes go through
 * the same checks as the browser's. Node only (node:fs, node:path).
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import {
  DEFAULT_MAX_BYTES,
  message,
  openPackageBytes,
  type OpenedPackage,
  type ReadLimits,
} from "./bytes/open-bytes";
import { readErrors, type ReadError } from "./errors";

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_CELLS, message, type OpenedPackage } from "./bytes/open-bytes";

export interface ReadWorkbookOptions extends ReadLimits {
  /** The name used in messages and kept as the source; defaults to the path's base name. */
  fileName?: string;
}

export type LoadedInput = { ok: true; bytes: Uint8Array; fileName: string } | { ok: false; error: ReadError };

/** A path's bytes (refused unread when larger than maxBytes), or the bytes given, with a name. */
export async function loadInput(
  input: Buffer | Uint8Array | string,
  options: ReadWorkbookOptions,
): Promise<LoadedInput> {
  if (typeof input !== "string")
    return { ok: true, bytes: input, fileName: options.fileName ?? "workbook.xlsx" };
  const fileName = options.fileName ?? basename(input);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const { size } = await stat(input);
    if (size > maxBytes) return { ok: false, error: readErrors.tooLarge(fileName, size, maxBytes) };
    return { ok: true, bytes: await readFile(input), fileName };
  } catch (error) {
    return { ok: false, error: readErrors.unreadable(fileName, message(error)) };
  }
}

export async function openPackage(
  input: Buffer | Uint8Array | string,
  options: ReadWorkbookOptions,
): Promise<OpenedPackage> {
  const loaded = await loadInput(input, options);
  return loaded.ok ? openPackageBytes(loaded.bytes, loaded.fileName, options) : loaded;
}
