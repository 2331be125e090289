/**
 * The workbook's sheets with the metadata tied to each, in one round trip: how the task pane
 * finds the unit sheets (those whose metadata names a unit) before reading them.
 */
import { runExcel } from "./excel-context";
import type { HostResult } from "./host-result";
import { hostFailure } from "./host-result";
import { queueInspection } from "./inspect-workbook";
import { META_SHEET, metadataBySheet } from "./metadata-store";

export interface ListedSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  metadata?: Record<string, string>;
}

export async function listSheets(): Promise<
  HostResult<{ sheets: ListedSheet[]; workbookMetadata: Record<string, string> }>
> {
  try {
    const state = await runExcel(async (context) => {
      const inspection = queueInspection(context);
      await context.sync();
      return inspection();
    });
    const found = metadataBySheet(
      state.metadata,
      state.sheets.map((s) => s.name),
    );
    const sheets = state.sheets
      .filter((s) => s.name !== META_SHEET)
      .map((s): ListedSheet => {
        const metadata = found.sheets.get(s.name);
        return { name: s.name, visibility: s.visibility, ...(metadata ? { metadata } : {}) };
      });
    return { ok: true, value: { sheets, workbookMetadata: found.workbook } };
  } catch (error) {
    return {
      ok: false,
      failure: hostFailure("inspect", error, {
        vi: "Sổ làm việc không bị thay đổi.",
        en: "The workbook was not changed.",
      }),
    };
  }
}
