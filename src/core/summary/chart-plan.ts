/**
 * Charts of the summary, described as data for a host that can draw them. ExcelJS cannot
 * write charts, so the .xlsx host ignores these descriptions; the Excel add-in can add them
 * as native charts over the same ranges (docs/summary-workbook.md). The figures they draw
 * are written on the charts sheet either way, so nothing is lost in a file.
 */

/** A range on a named sheet. */
export interface ChartRange {
  sheet: string;
  /** A1 range ("B2:B9"). */
  range: string;
}

export interface ChartPlan {
  /** Stable id, for a host that replaces the chart on the next run. */
  id: "completion" | "contribution";
  type: "bar" | "column";
  title: string;
  /** The labels (indicator or unit names). */
  categories: ChartRange;
  /** One series: its values and its name. */
  series: { name: string; values: ChartRange };
  /** The sheet the chart is placed on, and the top-left cell of its place. */
  placement: { sheet: string; at: string };
  /** Excel number format of the value axis ('0"%"' for percentages already x100). */
  valueFormat: string;
}
