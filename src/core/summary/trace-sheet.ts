/**
 * The by-unit sheet ("Chi tiết theo đơn vị"): the summary's trace in long form, one row
 * per indicator, column and unit that gave a figure, under a single header row and without
 * merged cells, so it can feed a PivotTable or a filter as it is. Derived rows have no
 * trace (a unit's own rate is never used); their operands' rows are here.
 */
import { VALUE_COLUMNS } from "../template/columns";
import type { PlanCell, SheetPlan } from "../sheets/plan-types";
import type { SummaryOutputInput } from "./summary-input";
import { SUMMARY_WORDS } from "./summary-words";
import { unitNamer } from "./unit-names";

const WIDTHS = [10, 44, 12, 24, 18, 32, 16];
const LETTERS = ["A", "B", "C", "D", "E", "F", "G"];

export function traceSheetPlan(input: SummaryOutputInput, sheetName: string): SheetPlan {
  const lang = input.lang ?? "vi";
  const words = SUMMARY_WORDS[lang];
  const name = unitNamer(input.units);
  const indicators = new Map(input.template.indicators.map((i) => [i.code, i] as const));
  const headers = new Map(input.template.columns.map((c) => [c.key as string, c.header[lang]] as const));
  const { unitIds } = input.summary;

  const rows: PlanCell[][] = [];
  for (const row of input.summary.rows) {
    if (!row.trace) continue;
    const indicatorName = indicators.get(row.code)?.name[lang] ?? row.code;
    for (const column of VALUE_COLUMNS) {
      row.trace[column].forEach((value, i) => {
        if (value === null) return;
        const unitId = unitIds[i]!;
        rows.push([
          row.code,
          indicatorName,
          column,
          headers.get(column) ?? column,
          unitId,
          name(unitId),
          value,
        ]);
      });
    }
  }
  const last = rows.length + 1;
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows: [[...words.trace.headers], ...rows] }],
    styles: [{ range: "A1:G1", style: { bold: true, fill: "#D9E1F2" } }],
    numberFormats: last > 1 ? [{ range: `G2:G${last}`, format: "#,##0.0##" }] : [],
    columns: WIDTHS.map((width, i) => ({ column: LETTERS[i]!, width })),
    freeze: { rows: 1, columns: 0 },
    visibility: "visible",
  };
}
