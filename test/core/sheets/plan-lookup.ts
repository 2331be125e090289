/** Test helpers that look into a SheetPlan by A1 address, the way a host would apply it. */
import { parseAddress, parseRange } from "../../../src/core/sheets/a1";
import type { PlanCell, SheetPlan } from "../../../src/core/sheets/plan-types";

/** The value the plan writes into `address` (undefined when no block covers it). */
export function planCell(sheet: SheetPlan, address: string): PlanCell | undefined {
  const target = parseAddress(address)!;
  let found: PlanCell | undefined;
  for (const block of sheet.blocks) {
    const at = parseAddress(block.at)!;
    const row = block.rows[target.row - at.row];
    if (!row) continue;
    const column = target.column - at.column;
    if (column < 0 || column >= row.length) continue;
    found = row[column];
  }
  return found;
}

/** A whole row of values from column A to `lastColumn`. */
export function planRow(sheet: SheetPlan, row: number, columns: string[]): (PlanCell | undefined)[] {
  return columns.map((c) => planCell(sheet, `${c}${row}`));
}

export function inRange(range: string, address: string): boolean {
  const r = parseRange(range)!;
  const a = parseAddress(address)!;
  return a.row >= r.start.row && a.row <= r.end.row && a.column >= r.start.column && a.column <= r.end.column;
}

export function isUnlocked(sheet: SheetPlan, address: string): boolean {
  return (sheet.unlocked ?? []).some((range) => inRange(range, address));
}

export function validationAt(sheet: SheetPlan, address: string) {
  return (sheet.validations ?? []).find((v) => inRange(v.range, address));
}
