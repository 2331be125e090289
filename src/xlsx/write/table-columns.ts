/**
 * The column names of an Excel table: its header cells' text, as the sheet holds it (Excel
 * checks that each name equals its header cell). Names must be unique, ignoring case, so a
 * repeated one is numbered as Excel numbers it ("Tên", "Tên2", "Tên3"); an empty header
 * becomes "Column1", "Column2", ... by its place in the table, as Excel names it.
 */
import { parseAddress, type CellRange } from "../../core/sheets/a1";
import type { PlanCell, SheetPlan } from "../../core/sheets/plan-types";

// The characters the cell writers drop (xml-text.ts): the cell holds the text without them.
// eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot hold, and DEL
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** A cell's text as Excel shows it in a header: numbers and booleans are shown as text. */
function headerText(cell: PlanCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.replace(DROPPED, "");
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell.result === undefined ? "" : headerText(cell.result);
}

/** The plan's cells of one row between two columns, a later block overwriting an earlier. */
function rowCells(sheet: SheetPlan, row: number, from: number, to: number): (PlanCell | undefined)[] {
  const out: (PlanCell | undefined)[] = new Array<PlanCell | undefined>(to - from + 1).fill(undefined);
  for (const block of sheet.blocks) {
    const at = parseAddress(block.at);
    const line = at ? block.rows[row - at.row] : undefined;
    if (!at || !line) continue;
    for (let column = from; column <= to; column++) {
      const i = column - at.column;
      if (i >= 0 && i < line.length) out[column - from] = line[i];
    }
  }
  return out;
}

/** `range` is the table's checked range (header row first). */
export function tableColumnNames(sheet: SheetPlan, range: CellRange): string[] {
  const cells = rowCells(sheet, range.start.row, range.start.column, range.end.column);
  const taken = new Set<string>();
  return cells.map((cell, i) => {
    const text = headerText(cell);
    const base = text === "" ? `Column${i + 1}` : text;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
