/**
 * Which cells a unit must fill and which of them it did. A cell counts as filled when it
 * holds anything but blanks, even a wrong value: completeness says how far the unit got,
 * findings say what is wrong.
 */
import type { RawRow, RawUnitReport } from "../report/unit-report";
import type { Indicator } from "../template/schema";
import { reportsIndicator, type Unit } from "../units/unit";
import { isBlank } from "../validate/read-cell";
import { normaliseCode } from "../validate/report-content";
import type { TemplateIndex } from "../validate/template-index";

/** The indicators a unit reports (computed ones are nobody's). */
export function indicatorsOf(unit: Unit, index: TemplateIndex): Indicator[] {
  return index.template.indicators.filter((i) => i.kind !== "derived" && reportsIndicator(unit, i));
}

/** The first row of each code, as validation reads it. */
export function rowsByCode(raw: RawUnitReport | undefined, index: TemplateIndex): Map<string, RawRow> {
  const rows = new Map<string, RawRow>();
  for (const row of raw?.rows ?? []) {
    const code = normaliseCode(row.code, index);
    if (!rows.has(code)) rows.set(code, row);
  }
  return rows;
}

/** How many of the indicator's required cells are filled, out of how many. */
export function requiredFilled(
  indicator: Indicator,
  row: RawRow | undefined,
): { filled: number; total: number } {
  let filled = 0;
  for (const column of indicator.required) if (row && !isBlank(row.cells[column]?.value)) filled++;
  return { filled, total: indicator.required.length };
}

/** Whether the unit reported the indicator: every required cell filled (any figure, if none is required). */
export function indicatorReported(
  indicator: Indicator,
  row: RawRow | undefined,
  index: TemplateIndex,
): boolean {
  if (!row) return false;
  if (indicator.required.length > 0) {
    const { filled, total } = requiredFilled(indicator, row);
    return filled === total;
  }
  return index.valueColumns.some((column) => !isBlank(row.cells[column]?.value));
}
