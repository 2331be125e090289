/**
 * The WorkbookPort over the Excel host (src/excel): sheets are listed and read as snapshots,
 * plans applied, the summary written atomically. A host failure (a HostResult that is not ok)
 * becomes a WorkbookAccessError carrying the host's own words in both languages.
 *
 * The host has no selection, activation, active-sheet or change-event operations yet; the
 * four small batches below stand in for them, through the host's one door (runExcel, which
 * syncs when the batch ends, so no context.sync() is called here). They belong in src/excel
 * and move there when it has them.
 */
import type { CellBlock, WorkbookPlan } from "../core/sheets/plan-types";
import type { SheetSnapshot } from "../core/sheets/snapshot";
import { applyWorkbookPlan, listSheets, readSheets, writeSummaryAtomically } from "../excel";
import type { HostResult } from "../excel";
import { runExcel } from "../excel/excel-context";
import { WorkbookAccessError, type WorkbookPort } from "./use-cases/workbook-port";

function valueOf<T>(result: HostResult<T>): T {
  if (result.ok) return result.value;
  throw new WorkbookAccessError({ vi: result.failure.vi, en: result.failure.en });
}

async function attempt<T>(what: () => Promise<T>): Promise<T> {
  try {
    return await what();
  } catch (error) {
    if (error instanceof WorkbookAccessError) throw error;
    const text = error instanceof Error ? error.message : String(error);
    throw new WorkbookAccessError({ vi: `Excel báo lỗi: ${text}`, en: `Excel reported: ${text}` });
  }
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
      return attempt(async () => {
        const sheet = await runExcel(async (context) => {
          const active = context.workbook.worksheets.getActiveWorksheet();
          active.load("name");
          return Promise.resolve(active);
        });
        return sheet.name;
      });
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
      await attempt(() =>
        runExcel(async (context) => {
          const target = context.workbook.worksheets.getItem(sheet);
          target.activate();
          target.getRange(address).select();
          return Promise.resolve();
        }),
      );
    },
    async activateSheet(sheet: string): Promise<void> {
      await attempt(() =>
        runExcel(async (context) => {
          context.workbook.worksheets.getItem(sheet).activate();
          return Promise.resolve();
        }),
      );
    },
    onCellsChanged(listener: (sheet: string) => void): () => void {
      let removed = false;
      let remove: (() => void) | undefined;
      // Worksheet change events need ExcelApi 1.9; below it, checks run on request only.
      void runExcel(async (context) => {
        const worksheets = context.workbook.worksheets as Partial<Excel.WorksheetCollection>;
        if (!worksheets.onChanged) return Promise.resolve();
        const handler = worksheets.onChanged.add((event) => {
          if (!removed) listener(event.worksheetId);
          return Promise.resolve();
        });
        remove = () => {
          void runExcel(async () => {
            handler.remove();
            return Promise.resolve();
          }).catch(() => undefined);
        };
        return Promise.resolve();
      }).catch(() => undefined);
      return () => {
        removed = true;
        remove?.();
      };
    },
  };
}
