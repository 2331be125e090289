/**
 * Builds a clean UnitReport with defaults, so a test names only what it is about:
 *   unitReport({ unitId: "khuong-mai", values: { HC02: { actual: 120, cumulative: 1_340 } } })
 * Defaults: period "2024-10", the built-in template's id and version, no notes.
 */
import type { IndicatorValues, UnitReport } from "../../src/core/report/unit-report";
import { builtinTemplate } from "../../src/core/template/load-template";

export interface UnitReportSpec {
  unitId?: string;
  values?: Record<string, IndicatorValues>;
  notes?: Record<string, string>;
  period?: string;
  templateId?: string;
  templateVersion?: string;
  submittedAt?: string;
}

export function unitReport(spec: UnitReportSpec = {}): UnitReport {
  const report: UnitReport = {
    unitId: spec.unitId ?? "khuong-mai",
    period: spec.period ?? "2024-10",
    templateId: spec.templateId ?? builtinTemplate.id,
    templateVersion: spec.templateVersion ?? builtinTemplate.version,
    values: spec.values ?? {},
    notes: spec.notes ?? {},
  };
  if (spec.submittedAt !== undefined) report.submittedAt = spec.submittedAt;
  return report;
}
