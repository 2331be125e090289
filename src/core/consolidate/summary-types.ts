/**
 * The consolidated summary: plain data (strings, numbers, null, arrays, records), the one
 * thing the later parts read (sheet plans, the JSON summary, the narrative, the Excel
 * host). It survives JSON.stringify unchanged. Figures are exact (never rounded here);
 * rounding happens only where a figure is shown. docs/arithmetic.md explains each rule.
 */
import type { PlanColumn, ValueColumn } from "../template/columns";
import type { IndicatorKind } from "../template/schema";

/**
 * Why a figure or a percentage is null. Missing is never zero, so every null says why.
 * - no-reporters: no expected unit reports this indicator (e.g. no finance office listed).
 * - not-reported: units are expected but none gave the figure (for a percentage: the
 *   figure on top, e.g. the cumulative, is not there).
 * - missing-base: the base of a percentage (plan, last year, denominator) is not there.
 * - zero-base: the base is zero; there is no percentage of zero.
 * - unit-sets-differ: the two figures of a ratio come from different sets of units
 *   (e.g. cumulative from 11 wards, last year from 10), so their ratio would compare
 *   unlike things.
 */
export type NoValueReason =
  "no-reporters" | "not-reported" | "missing-base" | "zero-base" | "unit-sets-differ";

/** A percentage (already x100: 41.3 means 41.3%), or null with the reason. */
export interface Percentage {
  value: number | null;
  /** null exactly when value is a number. */
  reason: NoValueReason | null;
}

/** One figure per value column; null = nobody reported it (never zero). */
export type ColumnValues = Record<ValueColumn, number | null>;

/** Who is behind the figures of a row as a whole. */
export interface Coverage {
  /** Expected units that report the indicator (reportsIndicator), excluded ones included. */
  expected: number;
  /**
   * Expected units that reported the indicator: gave at least one figure of their own
   * (actual, cumulative or estimate). Plans and last year may be pre-filled, so they do
   * not make a unit count as reporting. For a derived row: units that reported both operands.
   */
  reported: number;
  /** The expected units that did not report it (not sent, excluded, or left blank), in units order. */
  missing: string[];
  /** Some but not all expected units reported it: totals are over fewer units than expected. */
  partial: boolean;
}

/** Who is behind one figure (one column of a row). */
export interface ColumnCoverage {
  /** Same as the row's coverage.expected. */
  expected: number;
  /**
   * Units whose figure went into the value (for a derived row: units that gave both the
   * numerator and the denominator in this column).
   */
  reported: number;
  /** Expected units without a figure in this column, in units order. */
  missing: string[];
  /**
   * The value is a total over fewer units than expected (0 < reported < expected). Never
   * set for a plan the consolidating level set itself (planSource "level").
   */
  partial: boolean;
  /** Why the value is null; null when there is a value. */
  reason: NoValueReason | null;
}

/**
 * Where a plan figure came from:
 * - level: the consolidating level's own plan (PlanTable.level), which wins;
 * - units: the sum of the plans the office assigned to the expected reporters (PlanTable.units);
 * - reports: the sum of the plan cells of the counted reports (no plan table given);
 * - operands: a derived row's plan, numerator plan / denominator plan;
 * - none: there is no plan.
 */
export type PlanSource = "level" | "units" | "reports" | "operands" | "none";

/** Year on year: ratio = cumulative / last_year x 100; growth = ratio - 100. */
export interface SamePeriod {
  ratio: Percentage;
  /** Percentage points above (+) or below (-) the same period last year; null with the ratio. */
  growth: number | null;
}

/** A derived row's formula: value = numerator / denominator x scale, from consolidated sums. */
export interface DerivedFrom {
  numerator: string;
  denominator: string;
  scale: number;
}

/**
 * Each unit's figure for each column, aligned with Summary.unitIds: trace.actual[i] is what
 * unit unitIds[i] gave (null: it gave nothing there, or is not a reporter, or is excluded).
 * The plan columns hold the unit plans actually used or, under a level plan, the unit
 * plans the office assigned (shown for reference; the level plan is the value).
 */
export type Trace = Record<ValueColumn, (number | null)[]>;

export interface SummaryRow {
  code: string;
  group: string;
  kind: IndicatorKind;
  /** The consolidated figures: sums for flow and stock, ratio of sums for derived. */
  values: ColumnValues;
  /** Coverage and the reason for a null, per column. */
  columns: Record<ValueColumn, ColumnCoverage>;
  coverage: Coverage;
  planSource: Record<PlanColumn, PlanSource>;
  /**
   * cumulative / plan x 100 and cumulative / plan2 x 100, computed even when the
   * cumulative is partial (columns.cumulative.partial says so, with the missing units).
   */
  completion: Record<PlanColumn, Percentage>;
  samePeriod: SamePeriod;
  /** Set for derived rows only. */
  derived: DerivedFrom | null;
  /**
   * Each unit's contribution; null for a derived row (its units' figures are in the
   * numerator's and denominator's traces; a unit's own ratio is never used).
   */
  trace: Trace | null;
}

export interface ExcludedUnit {
  unitId: string;
  /** Why its figures are left out, as the office wrote it (errors not accepted). */
  reason: string;
}

/** A figure in a counted report that consolidation did not use, and why. */
export interface StrayFigure {
  unitId: string;
  code: string;
  /**
   * not-a-reporter: the unit is not expected to report the indicator (a ward typing the
   * district budget); derived: the indicator is computed, never reported; unknown-code:
   * the template has no such indicator.
   */
  why: "not-a-reporter" | "derived" | "unknown-code";
}

/**
 * Who sent what. expected = submitted + missing + excluded (as counts), a partition of
 * the expected units.
 */
export interface UnitTotals {
  expected: number;
  /** Expected units whose report was counted, in units order. */
  submitted: string[];
  /** Expected units that sent no report and are not excluded, in units order. */
  missing: string[];
  /** Expected units whose figures are left out, with the reason, in units order. */
  excluded: ExcludedUnit[];
  /** Reports from units not in the expected list: ignored, listed here in reports order. */
  unexpected: string[];
}

export interface Summary {
  templateId: string;
  templateVersion: string;
  /** Distinct periods of the counted reports, sorted; normally exactly one. */
  periods: string[];
  /** The expected units in the order given; every trace array is aligned with it. */
  unitIds: string[];
  units: UnitTotals;
  /** One row per indicator of the template, in template order. */
  rows: SummaryRow[];
  /** Figures in counted reports that were not used, in units order. */
  strayFigures: StrayFigure[];
}
