/**
 * What a host read from one sheet, as plain data: the grid of values (and formulas) from an
 * origin cell, plus the metadata entries the host found for the sheet. Nothing here knows an
 * Excel object; the .xlsx reader and the Excel add-in both produce this shape.
 */
import type { RawValue } from "../report/unit-report";

/** An Excel error value as read ("#DIV/0!", "#REF!", "#N/A", "#VALUE!"...). */
export interface SnapshotError {
  error: string;
}

/**
 * A cell as read: a number, a string (text exactly as stored: "123" typed as text stays a
 * string; dates arrive as ISO strings, see docs/sheets.md), a boolean, an error, or null
 * for an empty cell. `unknown` because a snapshot crosses a boundary and is checked here.
 */
export type SnapshotValue = number | string | boolean | null | SnapshotError;

export interface SheetSnapshot {
  /** The sheet's name now (it may have been renamed since we wrote it). */
  name: string;
  /** Rows of cells from `origin`; rows may be ragged. */
  values: unknown[][];
  /** Same shape as values: the formula of a cell ("=SUM(G5:G9)") or null. */
  formulas?: (string | null)[][];
  /** A1 address of values[0][0]; "A1" when absent. */
  origin?: string;
  /** Metadata entries the host found tied to this sheet (template_id, unit_id, period...). */
  metadata?: Record<string, string>;
}

function isSnapshotError(value: unknown): value is SnapshotError {
  return (
    typeof value === "object" && value !== null && typeof (value as { error?: unknown }).error === "string"
  );
}

/**
 * What a cell holds, for validation: a number, text (kept as read, whitespace included, so
 * validation can say what was typed), a boolean, an Excel error, or blank (null, undefined or
 * the empty string). A number that is not finite cannot come from a sheet; it is read as the
 * error Excel would show (#NUM!). Anything else a faulty host might hand over becomes text.
 */
export function toRawValue(value: unknown): RawValue {
  if (value === null || value === undefined || value === "") return { kind: "blank" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", error: "#NUM!" };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (isSnapshotError(value)) return { kind: "error", error: value.error };
  return { kind: "text", text: describe(value) };
}

/** Text for a value no host should produce; JSON where it can be written, else its type. */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/**
 * A cell as a line of a CSV file would hold it, for the sheets read back through a CSV
 * reader (history, crosswalk): numbers the machine way, as JavaScript writes them; anything
 * but text, numbers and booleans as empty.
 */
export function cellCsvText(cell: unknown): string {
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "string") return cell;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return "";
}

/** The sheet row of a snapshot's first row, from its origin ("B3" -> 3); 1 when it has none. */
export function originRow(origin: string | undefined): number {
  const match = /^[A-Za-z]+(\d+)$/.exec(origin ?? "A1");
  return match ? Number(match[1]) : 1;
}
