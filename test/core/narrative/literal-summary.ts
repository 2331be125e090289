/**
 * Builds a Summary literally, so a narrative test names only the figures it is about:
 *   literalSummary({ rows: [{ code: "NS01", values: { cumulative: 2_345_678, plan: 5_679_608 } }] })
 * Every other indicator of the built-in template has no figure. Coverage defaults to one
 * expected unit that gave every figure; `reporters` and `missing` change that. Percentages
 * default to what consolidation computes (figure x 100 / base over the same units) and can
 * be set by hand.
 */
import type {
  ColumnCoverage,
  Percentage,
  Summary,
  SummaryRow,
  UnitTotals,
} from "../../../src/core/consolidate/summary-types";
import { percentOf } from "../../../src/core/numbers";
import type { PlanColumn, ValueColumn } from "../../../src/core/template/columns";
import { VALUE_COLUMNS } from "../../../src/core/template/columns";
import { builtinTemplate } from "../../../src/core/template/load-template";

export interface RowSpec {
  code: string;
  values?: Partial<Record<ValueColumn, number | null>>;
  /** Units expected to report it (default 1). */
  reporters?: number;
  /** Expected units without a figure, per column. */
  missing?: Partial<Record<ValueColumn, string[]>>;
  completion?: Partial<Record<PlanColumn, number | null>>;
  /** cumulative / last year x 100; null for "no ratio". */
  ratio?: number | null;
}

export interface SummarySpec {
  rows: RowSpec[];
  units?: Partial<UnitTotals>;
}

const pct = (value: number | null): Percentage =>
  value === null ? { value: null, reason: "missing-base" } : { value, reason: null };

function coverage(spec: RowSpec, column: ValueColumn, value: number | null): ColumnCoverage {
  const expected = spec.reporters ?? 1;
  const missing = spec.missing?.[column] ?? (value === null ? ["someone"] : []);
  const reported = value === null ? 0 : expected - missing.length;
  return {
    expected,
    reported,
    missing,
    partial: value !== null && reported < expected,
    reason: value === null ? "not-reported" : null,
  };
}

function row(spec: RowSpec): SummaryRow {
  const indicator = builtinTemplate.indicators.find((i) => i.code === spec.code);
  if (!indicator) throw new Error(`no indicator ${spec.code} in the built-in template`);
  const values = Object.fromEntries(VALUE_COLUMNS.map((c) => [c, spec.values?.[c] ?? null])) as Record<
    ValueColumn,
    number | null
  >;
  const columns = Object.fromEntries(VALUE_COLUMNS.map((c) => [c, coverage(spec, c, values[c])])) as Record<
    ValueColumn,
    ColumnCoverage
  >;
  const completionOf = (plan: PlanColumn) =>
    pct(
      spec.completion?.[plan] !== undefined
        ? spec.completion[plan]!
        : percentOf(values.cumulative, values[plan]),
    );
  const ratio = pct(spec.ratio !== undefined ? spec.ratio : percentOf(values.cumulative, values.last_year));
  return {
    code: indicator.code,
    group: indicator.group,
    kind: indicator.kind,
    values,
    columns,
    coverage: {
      expected: columns.cumulative.expected,
      reported: columns.cumulative.reported,
      missing: columns.cumulative.missing,
      partial: columns.cumulative.partial,
    },
    planSource: {
      plan: values.plan === null ? "none" : "level",
      plan2: values.plan2 === null ? "none" : "level",
    },
    completion: { plan: completionOf("plan"), plan2: completionOf("plan2") },
    samePeriod: { ratio, growth: ratio.value === null ? null : ratio.value - 100 },
    derived: indicator.derived ? { ...indicator.derived } : null,
    trace: null,
  };
}

export function literalSummary(spec: SummarySpec): Summary {
  const given = new Map(spec.rows.map((r) => [r.code, r] as const));
  return {
    templateId: builtinTemplate.id,
    templateVersion: builtinTemplate.version,
    periods: ["2024-09-30"],
    unitIds: [],
    units: { expected: 0, submitted: [], missing: [], excluded: [], unexpected: [], ...spec.units },
    rows: builtinTemplate.indicators.map((indicator) =>
      row(given.get(indicator.code) ?? { code: indicator.code }),
    ),
    strayFigures: [],
  };
}
