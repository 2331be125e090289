/**
 * What the task pane's use-cases need from the open workbook, and nothing more. The real
 * implementation adapts src/excel (the only code that calls Excel.run); component and
 * use-case tests pass an in-memory one. Everything crossing this interface is plain data:
 * sheet snapshots in, workbook plans and cell blocks out.
 */
import type { CellBlock, WorkbookPlan } from "../../core/sheets/plan-types";
import type { SheetSnapshot } from "../../core/sheets/snapshot";

export interface WorkbookPort {
  /** Every sheet (hidden ones too), as plain data, with the metadata tied to each. */
  readSheets(): Promise<SheetSnapshot[]>;
  /** The name of the sheet the user is on. */
  activeSheet(): Promise<string>;
  /** Creates the plan's sheets, replacing any sheet of the same name. */
  applyWorkbookPlan(plan: WorkbookPlan): Promise<void>;
  /** Writes the summary's sheets all at once: on failure the previous summary stays whole. */
  writeSummaryAtomically(plan: WorkbookPlan): Promise<void>;
  /** Writes values into an existing sheet, leaving its layout, formats and protection. */
  writeCells(sheet: string, blocks: readonly CellBlock[]): Promise<void>;
  /** Activates the sheet and selects the cell (A1 address on that sheet). */
  selectCell(sheet: string, address: string): Promise<void>;
  activateSheet(sheet: string): Promise<void>;
  /**
   * Calls back after the user changed cells (with the sheet's name, or its id where the host
   * only knows that); returns the unsubscribe.
   * A host without change events never calls back.
   */
  onCellsChanged(listener: (sheet: string) => void): () => void;
}

/**
 * Something the host could not do (Excel refused, the network went, a sheet vanished): not a
 * bug, so it carries what to tell the user in both languages; the screens show it.
 */
export class WorkbookAccessError extends Error {
  override name = "WorkbookAccessError";
  constructor(readonly said: { vi: string; en: string }) {
    super(said.en);
  }
}
