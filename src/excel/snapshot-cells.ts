/**
 * Excel's answer for a used range as a SheetSnapshot grid, with the same conventions as the
 * .xlsx host (src/xlsx/cell-value.ts) so both hosts hand the parser the same thing:
 * - an empty cell is null (Excel answers ""); an error value is { error: "#DIV/0!" };
 * - a number in a cell formatted as a date becomes an ISO string ("2024-11-04", or
 *   "2024-11-04T08:30:00" with a time), as the .xlsx host turns date cells into strings;
 * - a formula's text goes to `formulas` ("=SUM(G5:G9)"), null elsewhere. Range.formulas gives
 *   the value for a cell without a formula, so a cell is a formula where the two differ or its
 *   formula text is not its value: text "=1+1" written as text reads the same in both and is
 *   taken as text (a formula whose result is its own text would be too; no plan writes one).
 */
import type { SnapshotValue } from "../core/sheets/snapshot";

const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 date system, after Excel's 1900-02-29 bug (valid from serial 61). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** Whether a number format shows a date or time (d, y, h or s outside quotes and brackets). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dyhs]/i.test(bare);
}

export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return undefined;
  const iso = new Date(EPOCH_1900 + Math.round(serial * DAY_MS)).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

export function snapshotValue(value: unknown, valueType: unknown, numberFormat: unknown): SnapshotValue {
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (valueType === "Error") return { error: typeof value === "string" ? value : JSON.stringify(value) };
  if (typeof value === "number") return (isDateFormat(numberFormat) && serialToIso(value)) || value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

export function snapshotFormula(formula: unknown, value: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula.length > 1 && formula !== value
    ? formula
    : null;
}

export interface UsedRangeAnswer {
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: unknown[][];
  numberFormat: unknown[][];
}

export function snapshotGrids(answer: UsedRangeAnswer): {
  values: SnapshotValue[][];
  formulas: (string | null)[][];
} {
  const values = answer.values.map((row, r) =>
    row.map((value, c) => snapshotValue(value, answer.valueTypes[r]?.[c], answer.numberFormat[r]?.[c])),
  );
  const formulas = answer.values.map((row, r) =>
    row.map((value, c) => snapshotFormula(answer.formulas[r]?.[c], value)),
  );
  return { values, formulas };
}
