/** Reading a summary by indicator code and unit id, for the parts that present it. */
import type { ValueColumn } from "../template/columns";
import type { Summary, SummaryRow } from "./summary-types";

export function summaryRow(summary: Summary, code: string): SummaryRow | undefined {
  return summary.rows.find((row) => row.code === code);
}

/**
 * What one unit put into one consolidated figure: its number, or null when it gave
 * nothing there. undefined when the unit is not in the summary or the row is derived
 * (a derived row has no unit figures of its own: read its numerator and denominator).
 */
export function contribution(
  summary: Summary,
  code: string,
  column: ValueColumn,
  unitId: string,
): number | null | undefined {
  const trace = summaryRow(summary, code)?.trace;
  const i = summary.unitIds.indexOf(unitId);
  if (!trace || i < 0) return undefined;
  return trace[column][i];
}
