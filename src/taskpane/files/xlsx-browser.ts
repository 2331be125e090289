/**
 * The task pane's .xlsx files, each side loaded with import() on first use so that neither
 * JSZip nor ExcelJS is part of the first screen:
 * - reading a unit's file is src/xlsx's one reader (read-bytes.ts), the door every untrusted
 *   file crosses in Node too, with parts unpacked by JSZip (there is no zlib here);
 * - writing applies our own plans with ExcelJS (write-xlsx-browser.ts).
 */
import type { WorkbookPlan } from "../../core/sheets/plan-types";
import type { ReadWorkbookResult } from "../../xlsx/read-bytes";

export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<ReadWorkbookResult> {
  const reader = await import(/* webpackChunkName: "xlsx-read" */ "../../xlsx/read-bytes");
  return reader.readWorkbookBytes(bytes, { fileName });
}

export async function writeWorkbookBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const writer = await import(/* webpackChunkName: "xlsx-write" */ "./write-xlsx-browser");
  return writer.writeWorkbookBytes(plan);
}
