/**
 * The WorkbookPort over the Excel host (src/excel): sheets are listed and read as snapshots,
 * plans applied, the summary written atomically. A host failure (a HostResult that is not ok)
 * becomes a WorkbookAccessError carrying the host's own words in both languages.
 */
import type { CellBlock, WorkbookPlan } from "../core/sheets/plan-types";
import type { SheetSnapshot } from "../core/sheets/snapshot";
import {
  activateSheet,
  activeSheetName,
  applyWorkbookPlan,
  listSheets,
  onSheetChanged,
  readSheets,
  selectCell,
  writeSummaryAtomically,
} from "../excel";
import type { HostResult } from "../excel";
import { WorkbookAccessError, type WorkbookPort } from "./use-cases/workbook-port";

function valueOf<T>(result: HostResult<T>): T {
  if (result.ok) return result.value;
  throw new WorkbookAccessError({ vi: result.failure.vi, en: result.failure.en });
}

export function createExcelPort(): WorkbookPort {
  return {
    async readSheets(): Promise<SheetSnapshot[]> {
      const listed = valueOf(await listSheets());
      const read = valueOf(await readSheets(listed.sheets.map((s) => s.name)));
      const metadataOf = new Map(listed.sheets.map((s) => [s.name, s.metadata] as const));
      return read.sheets.map((sheet) => {
        const metadata = sheet.metadata ?? metadataOf.get(sheet.name);
        return metadata ? { ...sheet, metadata } : sheet;
      });
    },
    async activeSheet(): Promise<string> {
      return valueOf(await activeSheetName());
    },
    async applyWorkbookPlan(plan: WorkbookPlan): Promise<void> {
      valueOf(await applyWorkbookPlan(plan, { existing: "replace" }));
    },
    async writeSummaryAtomically(plan: WorkbookPlan): Promise<void> {
      valueOf(await writeSummaryAtomically(plan));
    },
    async writeCells(sheet: string, blocks: readonly CellBlock[]): Promise<void> {
      valueOf(
        await applyWorkbookPlan({ sheets: [{ name: sheet, blocks: [...blocks] }] }, { existing: "update" }),
      );
    },
    async selectCell(sheet: string, address: string): Promise<void> {
      valueOf(await selectCell(sheet, address));
    },
    async activateSheet(sheet: string): Promise<void> {
      valueOf(await activateSheet(sheet));
    },
    onCellsChanged(listener: (sheet: string) => void): () => void {
      // Below ExcelApi 1.9 nothing is subscribed: checks run on request only.
      return onSheetChanged(listener);
    },
  };
}
