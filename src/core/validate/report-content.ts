/**
 * Whether a report holds anything the unit typed. A file sent back untouched still carries
 * the office's plans and last year's figures, so only the columns the template marks as
 * filled by the unit count (actual, cumulative, estimate in the built-in template).
 */
import type { RawRow, RawUnitReport } from "../report/unit-report";
import { VALUE_COLUMNS, type ColumnKey } from "../template/columns";
import { isBlank } from "./read-cell";
import type { TemplateIndex } from "./template-index";

const unitColumnsCache = new WeakMap<TemplateIndex, readonly ColumnKey[]>();

function unitFigureColumns(index: TemplateIndex): readonly ColumnKey[] {
  let columns = unitColumnsCache.get(index);
  if (!columns) {
    columns = index.template.columns
      .filter((c) => c.filledBy === "unit" && (VALUE_COLUMNS as readonly string[]).includes(c.key))
      .map((c) => c.key);
    unitColumnsCache.set(index, columns);
  }
  return columns;
}

export function hasUnitFigures(raw: RawUnitReport, index: TemplateIndex): boolean {
  return raw.rows.some((row) => rowHasUnitFigures(row, index));
}

/** Whether the unit typed a figure in this row (plans and last year's figures aside). */
export function rowHasUnitFigures(row: RawRow, index: TemplateIndex): boolean {
  return unitFigureColumns(index).some((key) => !isBlank(row.cells[key]?.value));
}

/** Any non-blank cell in the row besides its code and name. */
export function rowHasContent(row: RawRow): boolean {
  for (const [key, cell] of Object.entries(row.cells)) {
    if (key === "code" || key === "name" || key === "uom") continue;
    if (!isBlank(cell?.value)) return true;
  }
  return false;
}

/** The code as the template writes it: trimmed, upper case ("hc01 " is HC01). */
export function normaliseCode(code: string, index?: TemplateIndex): string {
  // Nearly every code is already written as the template writes it.
  if (index?.byCode.has(code)) return code;
  return code.trim().toUpperCase();
}
