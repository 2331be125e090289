/**
 * Writes a WorkbookPlan as an .xlsx with ExcelJS: the sheets, then the metadata (hidden sheet,
 * defined names, custom properties). A plan that cannot be applied is a bug in its builder:
 * it throws InvalidPlanError before anything is written.
 *
 * Long plain sheets (values under a header, such as the summary's trace and history tables)
 * take a faster path: ExcelJS writes them as a skeleton and their cells are written as XML
 * directly (write/plain-sheet.ts). Both paths give the same workbook; `plainSheets` chooses.
 */
import { writeFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { checkWorkbookPlan } from "../core/sheets/check-plan";
import type { SheetPlan, WorkbookPlan } from "../core/sheets/plan-types";
import { applySheet } from "./apply-sheet";
import { META_SHEET, writeMetadata } from "./metadata-store";
import { packageXlsx } from "./write/package-xlsx";
import { plainSheetsPack } from "./write/plain-parts";
import { isPlainSheet, plainSheet, type PlainSheet } from "./write/plain-sheet";
import { tablesEdit } from "./write/tables";

export class InvalidPlanError extends Error {
  override name = "InvalidPlanError";
}

export interface WriteWorkbookOptions {
  /**
   * "auto" (the default): plain sheets of 20,000 cells or more are written directly;
   * "always": every plain sheet, whatever its size; "never": ExcelJS writes every sheet.
   */
  plainSheets?: "auto" | "always" | "never";
}

let excelJs: Promise<typeof ExcelJS> | undefined;

/**
 * ExcelJS, loaded on first use: loading it takes about 0.2 s, which a command that only reads
 * (validate, --help) need not pay. (Starting the load while consolidate reads its files was
 * tried and gained nothing measurable.)
 */
function loadWriter(): Promise<typeof ExcelJS> {
  excelJs ??= import("exceljs").then((m) => m.default);
  return excelJs;
}

export async function writeWorkbook(plan: WorkbookPlan, options: WriteWorkbookOptions = {}): Promise<Buffer> {
  const problems = checkWorkbookPlan(plan);
  if (plan.sheets.some((s) => s.name.toLowerCase() === META_SHEET))
    problems.push(`"${META_SHEET}" is reserved`);
  if (problems.length > 0) throw new InvalidPlanError(problems.join("; "));

  const wb = new (await loadWriter()).Workbook();
  wb.creator = plan.properties?.creator ?? "tonghop";
  if (plan.properties?.title) wb.title = plan.properties.title;
  if (plan.properties?.subject) wb.subject = plan.properties.subject;
  // ExcelJS computes nothing: a plan formula without a cached result is computed by Excel on open.
  wb.calcProperties.fullCalcOnLoad = true;
  const mode = options.plainSheets ?? "auto";
  const plain: { part: string; sheet: PlainSheet }[] = [];
  const tabled: { part: string; sheet: SheetPlan }[] = [];
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    if (sheet.tables?.length) tabled.push({ part: `xl/worksheets/sheet${ws.id}.xml`, sheet });
    if (mode !== "never" && isPlainSheet(sheet, mode === "always" ? 0 : undefined)) {
      const fast = plainSheet(sheet);
      await applySheet(ws, fast.skeleton);
      plain.push({ part: `xl/worksheets/sheet${ws.id}.xml`, sheet: fast });
    } else await applySheet(ws, sheet);
  }
  const properties = writeMetadata(wb, plan.metadata ?? []);
  // Stored, not deflated: packageXlsx compresses every part once, natively.
  const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  // The tables go on ExcelJS's sheet XML, a plain sheet's skeleton included: the plain
  // sheets' cells are put in last, outside everything the tables change (write/tables.ts).
  return packageXlsx(stored, properties, tablesEdit(tabled), plainSheetsPack(plain));
}

export async function writeWorkbookFile(
  plan: WorkbookPlan,
  path: string,
  options: WriteWorkbookOptions = {},
): Promise<void> {
  await writeFile(path, await writeWorkbook(plan, options));
}
