/**
 * Writes a WorkbookPlan as an .xlsx with ExcelJS: the sheets, then the metadata (hidden sheet,
 * defined names, custom properties). A plan that cannot be applied is a bug in its builder:
 * it throws InvalidPlanError before anything is written.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { checkWorkbookPlan } from "../core/sheets/check-plan";
import type { WorkbookPlan } from "../core/sheets/plan-types";
import { applySheet } from "./apply-sheet";
import { META_SHEET, writeMetadata } from "./metadata-store";
import { packageXlsx } from "./write/package-xlsx";

export class InvalidPlanError extends Error {
  override name = "InvalidPlanError";
}

export async function writeWorkbook(plan: WorkbookPlan): Promise<Buffer> {
  const problems = checkWorkbookPlan(plan);
  if (plan.sheets.some((s) => s.name.toLowerCase() === META_SHEET))
    problems.push(`"${META_SHEET}" is reserved`);
  if (problems.length > 0) throw new InvalidPlanError(problems.join("; "));

  const wb = new ExcelJS.Workbook();
  wb.creator = plan.properties?.creator ?? "tonghop";
  if (plan.properties?.title) wb.title = plan.properties.title;
  if (plan.properties?.subject) wb.subject = plan.properties.subject;
  // ExcelJS computes nothing: a plan formula without a cached result is computed by Excel on open.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) await applySheet(wb.addWorksheet(sheet.name), sheet);
  const properties = writeMetadata(wb, plan.metadata ?? []);
  // Stored, not deflated: packageXlsx compresses every part once, natively.
  const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return packageXlsx(stored, properties);
}

export async function writeWorkbookFile(plan: WorkbookPlan, path: string): Promise<void> {
  await writeFile(path, await writeWorkbook(plan));
}
