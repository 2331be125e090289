/**
 * The checks every reader of a unit's file starts with, on bytes already in memory, in order,
 * each failure a clear error naming the file:
 * 1. the size against maxBytes (an empty file is refused too);
 * 2. what the bytes are: a zip, or an OLE compound file (a password-protected .xlsx or an old
 *    .xls), a PDF, text such as CSV, or something else;
 * 3. the zip opens and holds a workbook (a truncated download does not), and its unpacked size
 *    as the directory declares it stays within a bound (a small file that unpacks to
 *    gigabytes is refused; a part that unpacks to more than declared is refused when read).
 * No node:* and no Buffer: the browser opens files with this same code.
 */
import JSZip from "jszip";
import { readErrors, type ReadError } from "../errors";
import { sniffFileKind } from "../file-kind";
import { declaredSize } from "./zip-entry";

export interface ReadLimits {
  /** Default 20 MB: a unit's report is tens of kilobytes. */
  maxBytes?: number;
  /** Default 1,000,000 cells over all sheets. */
  maxCells?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/**
 * A unit's sheet is a few hundred cells, but a district's summary read one level up carries
 * its history sheet: this year's and last year's periods, about 270,000 cells by the second
 * November for a district of 38 units (30 wards and 8 offices). 200,000 refused such files.
 */
export const DEFAULT_MAX_CELLS = 1_000_000;
/** Unpacked parts may be this many times the file's byte limit (XML compresses about 10:1). */
const UNPACKED_RATIO = 50;

export type OpenedPackage<Bytes extends Uint8Array = Uint8Array> =
  | { ok: true; bytes: Bytes; zip: JSZip; fileName: string; maxCells: number }
  | { ok: false; error: ReadError };

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openPackageBytes<Bytes extends Uint8Array>(
  bytes: Bytes,
  fileName: string,
  limits: ReadLimits = {},
): Promise<OpenedPackage<Bytes>> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (error: ReadError): OpenedPackage<Bytes> => ({ ok: false, error });
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
  const unpacked = Object.values(zip.files).reduce((sum, file) => sum + (declaredSize(file) ?? 0), 0);
  if (unpacked > maxBytes * UNPACKED_RATIO)
    return fail(readErrors.tooLarge(fileName, unpacked, maxBytes * UNPACKED_RATIO));
  return { ok: true, bytes, zip, fileName, maxCells: limits.maxCells ?? DEFAULT_MAX_CELLS };
}
