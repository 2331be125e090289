/**
 * Writes workbook plans to files with src/xlsx, a couple at a time (ExcelJS's writing is
 * CPU work in this thread), creating the folder first. A file that cannot be written is
 * named in the error.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { WorkbookPlan } from "../../core/sheets/plan-types";
import { writeWorkbookFile } from "../../xlsx";
import { boundedMap } from "./bounded-map";

export interface PlannedFile {
  path: string;
  plan: WorkbookPlan;
}

export type WriteOutcome = { ok: true } | { ok: false; path: string; detail: string };

const WRITE_LIMIT = 2;

export async function writePlans(
  files: readonly PlannedFile[],
  onProgress?: (done: number, total: number) => void,
): Promise<WriteOutcome> {
  let done = 0;
  const outcomes = await boundedMap(files, WRITE_LIMIT, async ({ path, plan }): Promise<WriteOutcome> => {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeWorkbookFile(plan, path);
      onProgress?.(++done, files.length);
      return { ok: true };
    } catch (error) {
      return { ok: false, path, detail: error instanceof Error ? error.message : String(error) };
    }
  });
  return outcomes.find((o) => !o.ok) ?? { ok: true };
}
