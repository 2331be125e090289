/**
 * Plan cells as Office.js input. Excel parses what a program writes as if it were typed:
 * "=1+1" becomes a formula, "+84 912" and "-5" formulas or numbers, "0912345678" a number
 * (losing the leading 0), "12%" a percentage, "04/11/2024" a date, "TRUE" a boolean, "#N/A"
 * an error. A plan string is always text, so such strings are written with a leading
 * apostrophe, which Excel keeps as the cell's prefix character and not as part of its value
 * (Range.values reads the text back without it).
 *
 * Why the apostrophe and not the number format "@": the format would stay on the cell after
 * us, and a number a user later types there would be stored as text; the apostrophe affects
 * only the value written. Strings Excel cannot read as anything else ("Phường Khương Mai")
 * are written as they are, so labels do not show an apostrophe in the formula bar.
 */
import type { PlanCell } from "../core/sheets/plan-types";

/** Text Excel could read as something other than text when typed. */
const NOT_PLAIN_TEXT = /^[=+\-@'#]|\d|^\s*(true|false)\s*$/i;

export function excelTextInput(text: string): string {
  return NOT_PLAIN_TEXT.test(text) ? `'${text}` : text;
}

/** One plan cell as Office.js input; null leaves the cell as it is. */
export function excelCellInput(cell: PlanCell | undefined): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "string") return cell === "" ? "" : excelTextInput(cell);
  if (typeof cell === "object") return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  return cell;
}
