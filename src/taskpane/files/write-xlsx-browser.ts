/**
 * Writing an .xlsx in the browser: src/xlsx's writer packs with Node's zlib and Buffer, so
 * this applies the same sheet plans (apply-sheet.ts, metadata-store.ts) to an ExcelJS
 * workbook and adds the same custom-properties part (custom-properties.ts) with JSZip. It only
 * writes our own plans, never untrusted input. Loaded with import() only when a file is
 * exported, so ExcelJS (about 250 KB gzipped) is never part of the first screen.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkWorkbookPlan } from "../../core/sheets/check-plan";
import type { WorkbookPlan } from "../../core/sheets/plan-types";
import { applySheet } from "../../xlsx/apply-sheet";
import {
  CUSTOM_PROPERTIES_PART,
  customPropertiesXml,
  declareCustomProperties,
} from "../../xlsx/custom-properties";
import { writeMetadata } from "../../xlsx/metadata-store";

/** A plan that cannot be applied is a bug in its builder. */
export class BrowserPlanError extends Error {
  override name = "BrowserPlanError";
}

const RELS = "_rels/.rels";
const TYPES = "[Content_Types].xml";

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
  const zip = await JSZip.loadAsync(written);
  const declared = declareCustomProperties(
    (await zip.file(RELS)?.async("string")) ?? "",
    (await zip.file(TYPES)?.async("string")) ?? "",
  );
  zip.file(RELS, declared.rels);
  zip.file(TYPES, declared.types);
  zip.file(CUSTOM_PROPERTIES_PART, customPropertiesXml(properties));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
