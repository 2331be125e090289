/**
 * A copy of a sheet's values before set-up or an import replaces them, so no typed figure is
 * ever lost: the copy is a plain sheet (values only, formulas kept as their text so nothing
 * recalculates against the new sheets), named after the sheet and the period it held.
 */
import type { PlanCell, SheetPlan } from "../../core/sheets/plan-types";
import { safeSheetName } from "../../core/sheets/sheet-name";
import type { SheetSnapshot } from "../../core/sheets/snapshot";

function copyCell(value: unknown): PlanCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "object" && typeof (value as { error?: unknown }).error === "string")
    return (value as { error: string }).error;
  return null;
}

export function backupSheetPlan(snapshot: SheetSnapshot, period: string, taken: Iterable<string>): SheetPlan {
  return {
    name: safeSheetName(`${snapshot.name} (lưu ${period})`, taken),
    blocks: [{ at: snapshot.origin ?? "A1", rows: snapshot.values.map((row) => row.map(copyCell)) }],
    tabColour: "#808080",
  };
}
