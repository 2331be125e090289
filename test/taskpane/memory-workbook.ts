/**
 * An in-memory WorkbookPort for use-case and component tests: sheets as grids of values,
 * metadata by sheet, the active sheet and the selection, and counters a test can assert on.
 * Formulas are stored as their cached result (or null), as a snapshot would read them.
 */
import { parseAddress, parseRange } from "../../src/core/sheets/a1";
import type { CellBlock, PlanCell, SheetPlan, WorkbookPlan } from "../../src/core/sheets/plan-types";
import type { SheetSnapshot } from "../../src/core/sheets/snapshot";
import type { WorkbookPort } from "../../src/taskpane/use-cases/workbook-port";

export interface MemorySheet {
  name: string;
  grid: unknown[][];
  metadata?: Record<string, string>;
  visibility?: SheetPlan["visibility"];
}

export class MemoryWorkbook implements WorkbookPort {
  sheets: MemorySheet[] = [];
  active = "Sheet1";
  selection: { sheet: string; address: string } | undefined;
  summaryWrites = 0;
  /** Set to make the next summary write fail, as Excel refusing it would. */
  failNextSummary: Error | undefined;
  private listeners = new Set<(sheet: string) => void>();

  constructor(sheets: MemorySheet[] = [{ name: "Sheet1", grid: [] }]) {
    this.sheets = sheets;
    this.active = sheets[0]?.name ?? "";
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The value at an A1 address, as a snapshot reads it. */
  cell(sheet: string, address: string): unknown {
    const at = parseAddress(address)!;
    return this.sheet(sheet)?.grid[at.row - 1]?.[at.column - 1] ?? null;
  }

  /** Types into a cell, as a person would, and tells the listeners. */
  type(sheet: string, address: string, value: unknown): void {
    this.write(this.sheet(sheet)!, address, value);
    for (const listener of this.listeners) listener(sheet);
  }

  readSheets(): Promise<SheetSnapshot[]> {
    return Promise.resolve(
      this.sheets.map((s) => ({
        name: s.name,
        values: s.grid.map((row) => [...row]),
        origin: "A1",
        ...(s.metadata ? { metadata: { ...s.metadata } } : {}),
      })),
    );
  }

  activeSheet(): Promise<string> {
    return Promise.resolve(this.active);
  }

  applyWorkbookPlan(plan: WorkbookPlan): Promise<void> {
    for (const sheetPlan of plan.sheets) {
      const sheet: MemorySheet = { name: sheetPlan.name, grid: [], visibility: sheetPlan.visibility };
      const at = this.sheets.findIndex((s) => s.name === sheetPlan.name);
      if (at >= 0) this.sheets[at] = sheet;
      else this.sheets.push(sheet);
      this.writeBlocks(sheet, sheetPlan.blocks);
    }
    for (const meta of plan.metadata ?? []) {
      if (meta.scope === "workbook") continue;
      const sheet = this.sheet(meta.scope.sheet);
      if (sheet) sheet.metadata = { ...meta.entries };
    }
    return Promise.resolve();
  }

  async writeSummaryAtomically(plan: WorkbookPlan): Promise<void> {
    if (this.failNextSummary) {
      const error = this.failNextSummary;
      this.failNextSummary = undefined;
      throw error;
    }
    this.summaryWrites++;
    await this.applyWorkbookPlan(plan);
  }

  writeCells(sheet: string, blocks: readonly CellBlock[]): Promise<void> {
    const target = this.sheet(sheet);
    if (!target) return Promise.reject(new Error(`no sheet ${sheet}`));
    this.writeBlocks(target, blocks);
    return Promise.resolve();
  }

  selectCell(sheet: string, address: string): Promise<void> {
    this.active = sheet;
    this.selection = { sheet, address };
    return Promise.resolve();
  }

  activateSheet(sheet: string): Promise<void> {
    this.active = sheet;
    return Promise.resolve();
  }

  onCellsChanged(listener: (sheet: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private writeBlocks(sheet: MemorySheet, blocks: readonly CellBlock[]): void {
    for (const block of blocks) {
      const origin = parseAddress(block.at)!;
      block.rows.forEach((row, i) =>
        row.forEach((cell, j) => this.put(sheet, origin.row + i, origin.column + j, valueOf(cell))),
      );
    }
  }

  private write(sheet: MemorySheet, address: string, value: unknown): void {
    const range = parseRange(address)!;
    this.put(sheet, range.start.row, range.start.column, value);
  }

  private put(sheet: MemorySheet, row: number, column: number, value: unknown): void {
    while (sheet.grid.length < row) sheet.grid.push([]);
    const cells = sheet.grid[row - 1]!;
    while (cells.length < column) cells.push(null);
    cells[column - 1] = value === "" ? null : value;
  }
}

function valueOf(cell: PlanCell): unknown {
  if (cell !== null && typeof cell === "object") return cell.result ?? null;
  return cell;
}
