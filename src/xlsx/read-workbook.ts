/**
 * Reads an .xlsx into sheet snapshots: the one door through which a unit's file enters.
 * Checked in order, each failure a clear error naming the file, and nothing half-read (a file
 * gives all its sheets or none):
 * 1. size on disk or in memory against maxBytes (before reading a path);
 * 2. what the bytes are: a zip, or an OLE compound file (a password-protected .xlsx or an old
 *    .xls), a PDF, text such as CSV, or something else;
 * 3. the zip opens and holds a workbook (a truncated download does not), and its unpacked size
 *    stays within a bound (a small file that unpacks to gigabytes is refused);
 * 4. ExcelJS parses it; the sheets' cells, counted as rows x columns of their used area, stay
 *    within maxCells.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetSnapshot, SnapshotValue } from "../core/sheets/snapshot";
import { snapshotCell } from "./cell-value";
import { readCustomProperties } from "./custom-properties";
import { readErrors, type ReadError } from "./errors";
import { sniffFileKind } from "./file-kind";
import { META_SHEET, readMetadata } from "./metadata-store";

export interface ReadWorkbookOptions {
  /** The name used in messages and kept as the source; defaults to the path's base name. */
  fileName?: string;
  /** Default 20 MB: a unit's report is tens of kilobytes. */
  maxBytes?: number;
  /** Default 200,000 cells over all sheets. */
  maxCells?: number;
}

export type ReadWorkbookResult =
  { ok: true; sheets: SheetSnapshot[]; metadata: Record<string, string> } | { ok: false; error: ReadError };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_CELLS = 200_000;
/** Unpacked parts may be this many times the file's byte limit (XML compresses about 10:1). */
const UNPACKED_RATIO = 50;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function readWorkbook(
  input: Buffer | Uint8Array | string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  const fileName = options.fileName ?? (typeof input === "string" ? basename(input) : "workbook.xlsx");
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const fail = (error: ReadError): ReadWorkbookResult => ({ ok: false, error });

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

  const wb = new ExcelJS.Workbook();
  let customProperties: Record<string, string>;
  try {
    customProperties = await readCustomProperties(zip);
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return fail(readErrors.damaged(fileName, message(error)));
  }

  const worksheets = wb.worksheets.filter((ws) => ws.name !== META_SHEET);
  const cells = worksheets.reduce((sum, ws) => sum + ws.rowCount * ws.columnCount, 0);
  if (cells > maxCells) return fail(readErrors.tooManyCells(fileName, cells, maxCells));

  const found = readMetadata(wb, customProperties);
  const sheets = worksheets.map((ws): SheetSnapshot => {
    const values: SnapshotValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const rowValues: SnapshotValue[] = [];
      const rowFormulas: (string | null)[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = snapshotCell(row.getCell(c));
        rowValues.push(cell.value);
        rowFormulas.push(cell.formula);
      }
      values.push(rowValues);
      formulas.push(rowFormulas);
    }
    const metadata = found.sheets.get(ws.name);
    return { name: ws.name, values, formulas, origin: "A1", ...(metadata ? { metadata } : {}) };
  });
  return { ok: true, sheets, metadata: found.workbook };
}

/** JSZip knows each part's unpacked size from the zip directory (not in its typings). */
function unpackedSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}
