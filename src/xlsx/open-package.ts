/**
 * The checks every reader of a unit's file starts with, in order, each failure a clear error
 * naming the file:
 * 1. size on disk or in memory against maxBytes (before reading a path);
 * 2. what the bytes are: a zip, or an OLE compound file (a password-protected .xlsx or an old
 *    .xls), a PDF, text such as CSV, or something else;
 * 3. the zip opens and holds a workbook (a truncated download does not), and its unpacked size
 *    stays within a bound (a small file that unpacks to gigabytes is refused).
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import JSZip from "jszip";
import { readErrors, type ReadError } from "./errors";
import { sniffFileKind } from "./file-kind";

export interface ReadWorkbookOptions {
  /** The name used in messages and kept as the source; defaults to the path's base name. */
  fileName?: string;
  /** Default 20 MB: a unit's report is tens of kilobytes. */
  maxBytes?: number;
  /** Default 200,000 cells over all sheets. */
  maxCells?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_CELLS = 200_000;
/** Unpacked parts may be this many times the file's byte limit (XML compresses about 10:1). */
const UNPACKED_RATIO = 50;

export type OpenedPackage =
  | { ok: true; bytes: Buffer; zip: JSZip; fileName: string; maxCells: number }
  | { ok: false; error: ReadError };

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openPackage(
  input: Buffer | Uint8Array | string,
  options: ReadWorkbookOptions,
): Promise<OpenedPackage> {
  const fileName = options.fileName ?? (typeof input === "string" ? basename(input) : "workbook.xlsx");
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (error: ReadError): OpenedPackage => ({ ok: false, error });

  let bytes: Buffer;
  if (typeof input === "string") {
    try {
      const { size } = await stat(input);
      if (size > maxBytes) return fail(readErrors.tooLarge(fileName, size, maxBytes));
      bytes = await readFile(input);
    } catch (error) {
      return fail(readErrors.unreadable(fileName, message(error)));
    }
  } else {
    bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  }
  if (bytes.length === 0) return fail(readErrors.empty(fileName));
  if (bytes.length > maxBytes) return fail(readErrors.tooLarge(fileName, bytes.length, maxBytes));

  switch (sniffFileKind(bytes)) {
    case "zip":
      break;
    case "encrypted-ooxml":
      return fail(readErrors.encrypted(fileName));
    case "ole":
      return fail(readErrors.legacyXls(fileName));
    case "pdf":
      return fail(readErrors.notXlsx(fileName, "it is a PDF", "đây là tệp PDF"));
    case "text":
      return fail(
        readErrors.notXlsx(fileName, "it is a text file, such as CSV", "đây là tệp văn bản, ví dụ CSV"),
      );
    default:
      return fail(
        readErrors.notXlsx(fileName, "its content is not a workbook", "nội dung không phải sổ làm việc"),
      );
  }

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return fail(readErrors.damaged(fileName, message(error)));
  }
  if (!zip.file("xl/workbook.xml"))
    return fail(
      readErrors.notXlsx(
        fileName,
        "it is a zip without a workbook, e.g. a Word or OpenDocument file",
        "đây là tệp nén không chứa sổ làm việc, ví dụ tệp Word hoặc OpenDocument",
      ),
    );
  const unpacked = Object.values(zip.files).reduce((sum, file) => sum + unpackedSize(file), 0);
  if (unpacked > maxBytes * UNPACKED_RATIO)
    return fail(readErrors.tooLarge(fileName, unpacked, maxBytes * UNPACKED_RATIO));
  return { ok: true, bytes, zip, fileName, maxCells: options.maxCells ?? DEFAULT_MAX_CELLS };
}

/** JSZip knows each part's unpacked size from the zip directory (not in its typings). */
function unpackedSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}
