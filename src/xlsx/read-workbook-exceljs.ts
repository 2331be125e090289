/**
 * The reader before the lean one: ExcelJS loads the whole workbook (styles and a model for
 * every cell), and snapshots are taken from its cells. It is about five times slower, and is
 * kept as the reference the lean reader is compared with (test/xlsx/lean-reader.test.ts):
 * both must give the same result for the same file.
 */
import ExcelJS from "exceljs";
import type { SheetSnapshot, SnapshotValue } from "../core/sheets/snapshot";
import { snapshotCell } from "./cell-value";
import { readCustomProperties } from "./custom-properties";
import { readErrors } from "./errors";
import { META_SHEET, readMetadata } from "./metadata-store";
import { message, openPackage, type ReadWorkbookOptions } from "./open-package";
import type { ReadWorkbookResult } from "./read-workbook";

export async function readWorkbookWithExcelJS(
  input: Buffer | Uint8Array | string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  const opened = await openPackage(input, options);
  if (!opened.ok) return opened;
  const { bytes, zip, fileName, maxCells } = opened;

  const wb = new ExcelJS.Workbook();
  let customProperties: Record<string, string>;
  try {
    customProperties = await readCustomProperties(zip);
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, error: readErrors.damaged(fileName, message(error)) };
  }

  const worksheets = wb.worksheets.filter((ws) => ws.name !== META_SHEET);
  const cells = worksheets.reduce((sum, ws) => sum + ws.rowCount * ws.columnCount, 0);
  if (cells > maxCells) return { ok: false, error: readErrors.tooManyCells(fileName, cells, maxCells) };

  const found = readMetadata(wb, customProperties);
  const sheets = worksheets.map((ws): SheetSnapshot => {
    const values: SnapshotValue[][] = [];
    const formulas: (string | null)[][] = [];
    const columns = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const rowValues: SnapshotValue[] = [];
      const rowFormulas: (string | null)[] = [];
      for (let c = 1; c <= columns; c++) {
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
