/**
 * The .xlsx reader and writer in the browser. src/xlsx is the Node host: its entry imports
 * node:fs and node:path at the top, and file-kind.ts builds a Buffer when loaded, so webpack
 * cannot bundle it for the task pane. This adapter keeps its parts that are plain (applying
 * a sheet plan, reading cells and metadata, custom properties, the error messages) and
 * replaces the Node-only ones: bytes are Uint8Array, never Buffer, and the file kind is told
 * from the first bytes here. It is loaded with import() only when a file is exported or
 * imported, so ExcelJS (about 250 KB gzipped) is never part of the first screen.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkWorkbookPlan } from "../../core/sheets/check-plan";
import type { WorkbookPlan } from "../../core/sheets/plan-types";
import type { SheetSnapshot, SnapshotValue } from "../../core/sheets/snapshot";
import { applySheet } from "../../xlsx/apply-sheet";
import { snapshotCell } from "../../xlsx/cell-value";
import { customPropertiesXml, readCustomProperties } from "../../xlsx/custom-properties";
import { readErrors, type ReadError } from "../../xlsx/errors";
import { META_SHEET, readMetadata, writeMetadata } from "../../xlsx/metadata-store";

export type BrowserReadResult =
  { ok: true; sheets: SheetSnapshot[]; metadata: Record<string, string> } | { ok: false; error: ReadError };

/** A unit's report is tens of kilobytes; these bounds refuse a hostile file early. */
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_CELLS = 200_000;

/** A plan that cannot be applied is a bug in its builder. */
export class BrowserPlanError extends Error {
  override name = "BrowserPlanError";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<BrowserReadResult> {
  const fail = (error: ReadError): BrowserReadResult => ({ ok: false, error });
  if (bytes.length === 0) return fail(readErrors.empty(fileName));
  if (bytes.length > MAX_BYTES) return fail(readErrors.tooLarge(fileName, bytes.length, MAX_BYTES));
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return fail(readErrors.legacyXls(fileName));
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return fail(
      readErrors.notXlsx(fileName, "its content is not a workbook", "nội dung không phải sổ làm việc"),
    );

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return fail(readErrors.damaged(fileName, message(error)));
  }
  if (!zip.file("xl/workbook.xml"))
    return fail(readErrors.notXlsx(fileName, "a zip without a workbook", "tệp nén không chứa sổ làm việc"));
  const wb = new ExcelJS.Workbook();
  let customProperties: Record<string, string>;
  try {
    customProperties = await readCustomProperties(zip);
    // ExcelJS's browser build takes an ArrayBuffer; copy out exactly this view's bytes.
    await wb.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    return fail(readErrors.damaged(fileName, message(error)));
  }
  const worksheets = wb.worksheets.filter((ws) => ws.name !== META_SHEET);
  const cells = worksheets.reduce((sum, ws) => sum + ws.rowCount * ws.columnCount, 0);
  if (cells > MAX_CELLS) return fail(readErrors.tooManyCells(fileName, cells, MAX_CELLS));

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

const CUSTOM_PART = "docProps/custom.xml";

export async function writeWorkbookBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const problems = checkWorkbookPlan(plan);
  if (problems.length > 0) throw new BrowserPlanError(problems.join("; "));
  const wb = new ExcelJS.Workbook();
  wb.creator = plan.properties?.creator ?? "tonghop";
  if (plan.properties?.title) wb.title = plan.properties.title;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) await applySheet(wb.addWorksheet(sheet.name), sheet);
  const properties = writeMetadata(wb, plan.metadata ?? []);
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  if (Object.keys(properties).length === 0) return written;
  // The same custom-properties part src/xlsx adds, written with JSZip's browser types.
  const zip = await JSZip.loadAsync(written);
  zip.file(CUSTOM_PART, customPropertiesXml(properties));
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdTonghopCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="${CUSTOM_PART}"/></Relationships>`,
    ),
  );
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/${CUSTOM_PART}" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
