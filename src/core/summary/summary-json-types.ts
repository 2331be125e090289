/**
 * The JSON summary, version "tonghop.summary/1" (docs/summary-json.md describes every
 * field). Stable: a field is only ever added in a new minor shape, never renamed or removed
 * under the same schema string. Every key is always present; a missing figure is null
 * (never 0), and there is never NaN or Infinity.
 */
import type { NoValueReason, PlanSource } from "../consolidate/summary-types";
import type { Localized } from "../i18n/message-params";
import type { PlanColumn, ValueColumn } from "../template/columns";
import type { IndicatorKind, ValueType } from "../template/schema";
import type { UnitKind } from "../units/unit";
import type { Severity } from "../validate/finding";
import type { UnitStatus } from "../completeness/unit-completeness";

export const SUMMARY_JSON_SCHEMA = "tonghop.summary/1";

export interface PercentageJson {
  value: number | null;
  reason: NoValueReason | null;
}

export interface IndicatorJson {
  code: string;
  group: string;
  name: Localized;
  uom: Localized;
  kind: IndicatorKind;
  valueType: ValueType;
  values: Record<ValueColumn, number | null>;
  /** Why each value is null (null where there is a value). */
  reasons: Record<ValueColumn, NoValueReason | null>;
  planSource: Record<PlanColumn, PlanSource>;
  completion: Record<PlanColumn, PercentageJson>;
  samePeriod: { ratio: PercentageJson; growth: number | null };
  coverage: { expected: number; reported: number; missing: string[] };
  /** Where the counted units' same-period figures came from, unit ids by source. */
  samePeriodSources: { history: string[]; crosswalk: string[]; sheet: string[] };
  /** Some but not all expected units reported the indicator. */
  partial: boolean;
  derived: { numerator: string; denominator: string; scale: number } | null;
}

export interface UnitJson {
  id: string;
  name: string;
  kind: UnitKind;
  /** null for a unit the template gives nothing to report. */
  status: UnitStatus | null;
  submitted: boolean;
  onTime: boolean;
  submittedAt: string | null;
  errors: number;
  warnings: number;
  /** counted, excluded, or missing from the summary. */
  inSummary: "counted" | "excluded" | "missing";
}

export interface FindingJson {
  rule: string;
  severity: Severity;
  unit: string | null;
  file: string | null;
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
  column: string | null;
  message: Localized;
  suggestion: number | null;
}

export interface SummaryJson {
  schema: typeof SUMMARY_JSON_SCHEMA;
  generatedAt: string | null;
  template: { id: string; version: string; title: Localized };
  period: { code: string; label: Localized };
  level: { name: string; unitId: string | null } | null;
  units: {
    counts: {
      expected: number;
      /** Expected units that sent a report, counted in the totals or not ("Đã báo cáo: 18/19"). */
      sent: number;
      /** Expected units whose figures are in the totals (same as submitted). */
      counted: number;
      /** Kept for schema stability: the same as counted. */
      submitted: number;
      missing: number;
      late: number;
      accepted: number;
      excluded: number;
    };
    /** Every unit on the list, in the order given. */
    expected: string[];
    submitted: string[];
    missing: string[];
    late: string[];
    accepted: { unitId: string; reason: string }[];
    excluded: { unitId: string; reason: string }[];
    /** Reports from units not on the list (ignored). */
    unexpected: string[];
    reportingRate: number | null;
    onTimeRate: number | null;
    list: UnitJson[];
  };
  indicators: IndicatorJson[];
  /** How the same period last year was found, and what cannot be compared. */
  comparison: {
    /** The period looked up in the history ("2023-10"); null without history. */
    historyPeriod: string | null;
    /** { vi: "so sánh theo địa giới mới", en } when a crosswalk was used; else null. */
    basis: Localized | null;
    notComparable: { unit: string; indicator: string | null; why: Localized }[];
  };
  findings: FindingJson[];
  /** The written report as plain text, null when none was written. */
  narrative_vi: string | null;
  narrative_en: string | null;
}
