/**
 * Which figure a sentence speaks of, and the comparisons that go with it.
 *
 * The cumulative (year to date; for a stock, the level at the cut-off) is the figure
 * completion and year-on-year are computed on, so it is the one written ("đạt"). Where a
 * row has no cumulative but has an estimate, the estimate is written ("ước đạt"), with
 * percentages worked out here by the consolidation's own rule: only over the same units.
 * A row with neither has no figure and no sentence: missing is never written as zero.
 *
 * A percentage with no value (no plan, a zero base, figures from different units...) is
 * left out of the sentence; the summary table shows "-" and the reason.
 */
import type { ColumnCoverage, SummaryRow } from "../consolidate/summary-types";
import { percentOf } from "../numbers";
import { PLAN_COLUMNS, type PlanColumn } from "../template/columns";

export interface SentenceFigure {
  value: number;
  /** The figure is the estimate column (ước đạt). */
  estimated: boolean;
  coverage: ColumnCoverage;
  /** Completion against each plan that has a value. */
  completion: Array<{ plan: PlanColumn; percent: number }>;
  /** Figure / last year x 100, when comparable. */
  ratio: number | null;
  /** Figure - last year, when comparable (also when last year is zero). */
  difference: number | null;
}

export function sentenceFigure(row: SummaryRow): SentenceFigure | null {
  const cumulative = row.values.cumulative;
  if (cumulative !== null) {
    return {
      value: cumulative,
      estimated: false,
      coverage: row.columns.cumulative,
      completion: PLAN_COLUMNS.flatMap((plan) => {
        const percent = row.completion[plan].value;
        return percent === null ? [] : [{ plan, percent }];
      }),
      ratio: row.samePeriod.ratio.value,
      difference: differenceOf(row, "cumulative"),
    };
  }
  const estimate = row.values.estimate;
  if (estimate === null) return null;
  const sameAsLastYear = sameUnits(row.columns.estimate, row.columns.last_year);
  return {
    value: estimate,
    estimated: true,
    coverage: row.columns.estimate,
    completion: PLAN_COLUMNS.flatMap((plan) => {
      const percent = percentOf(estimate, row.values[plan]);
      return percent === null ? [] : [{ plan, percent }];
    }),
    ratio: sameAsLastYear ? percentOf(estimate, row.values.last_year) : null,
    difference: differenceOf(row, "estimate"),
  };
}

function differenceOf(row: SummaryRow, column: "cumulative" | "estimate"): number | null {
  const value = row.values[column];
  const lastYear = row.values.last_year;
  if (value === null || lastYear === null || !sameUnits(row.columns[column], row.columns.last_year))
    return null;
  return value - lastYear;
}

/** The two figures are totals over the same units (the same ones are missing from both). */
function sameUnits(a: ColumnCoverage, b: ColumnCoverage): boolean {
  return a.missing.length === b.missing.length && a.missing.every((id, i) => b.missing[i] === id);
}
