/**
 * Test helpers: a sheet plan as a host would read it back after writing it, i.e. a
 * SheetSnapshot (formulas give their cached result), and lookups by A1 address.
 */
import { parseAddress } from "../../../src/core/sheets/a1";
import type { PlanCell, PlanFormula, SheetPlan, WorkbookPlan } from "../../../src/core/sheets/plan-types";
import type { SheetSnapshot } from "../../../src/core/sheets/snapshot";

export function isFormula(cell: PlanCell | undefined): cell is PlanFormula {
  return typeof cell === "object" && cell !== null;
}

/** Every non-empty cell of the sheet by address, as the plan writes it (later blocks win). */
export function planCells(sheet: SheetPlan): Map<string, PlanCell> {
  const cells = new Map<string, PlanCell>();
  for (const block of sheet.blocks) {
    const at = parseAddress(block.at)!;
    block.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const column = at.column + c;
        let letters = "";
        for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
          letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        cells.set(`${letters}${at.row + r}`, value);
      }),
    );
  }
  return cells;
}

export function cellAt(sheet: SheetPlan, address: string): PlanCell | undefined {
  return planCells(sheet).get(address) ?? undefined;
}

export function sheetNamed(plan: WorkbookPlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${plan.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/** The sheet as a grid of values from A1, formulas read by their cached result. */
export function snapshotOf(sheet: SheetPlan, metadata?: Record<string, string>): SheetSnapshot {
  const values: unknown[][] = [];
  for (const [address, cell] of planCells(sheet)) {
    const { row, column } = parseAddress(address)!;
    const line = (values[row - 1] ??= []);
    line[column - 1] = isFormula(cell) ? (cell.result ?? null) : cell;
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: sheet.name, values, origin: "A1", ...(metadata ? { metadata } : {}) };
}
