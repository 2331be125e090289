/**
 * An ExcelJS cell as a snapshot value (see SheetSnapshot): what the file holds, unconverted.
 * - strings (shared or inline) stay strings, so a number stored as text stays text;
 * - rich text is flattened to its plain text; a hyperlink gives its text;
 * - a formula gives its cached result (null when the file has none), its text goes to formulas;
 * - errors become { error: "#DIV/0!" };
 * - dates become ISO strings: "2024-11-04" at midnight, else "2024-11-04T08:30:00" (wall-clock,
 *   no zone), because ExcelJS only turns a serial into a Date where the cell has a date format,
 *   and a string keeps "typed 1/2 and Excel made it a date" visible to validation as text;
 * - a cell covered by a merge (not its top-left) is empty, as Excel shows it.
 */
import ExcelJS from "exceljs";
import type { SnapshotValue } from "../core/sheets/snapshot";

export function isoFromDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

function plain(value: unknown): SnapshotValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoFromDate(value);
  if (typeof value !== "object") return null;
  if ("error" in value && typeof value.error === "string") return { error: value.error };
  if ("richText" in value && Array.isArray(value.richText))
    return (value.richText as { text?: unknown }[])
      .map((r) => (typeof r.text === "string" ? r.text : ""))
      .join("");
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("formula" in value || "sharedFormula" in value) return "result" in value ? plain(value.result) : null;
  return null;
}

export function snapshotCell(cell: ExcelJS.Cell): { value: SnapshotValue; formula: string | null } {
  if (cell.isMerged && cell.master.address !== cell.address) return { value: null, formula: null };
  const value = plain(cell.value);
  const formula =
    cell.type === ExcelJS.ValueType.Formula && typeof cell.formula === "string" && cell.formula !== ""
      ? `=${cell.formula}`
      : null;
  return { value, formula };
}
