/**
 * Deterministic sample reports for the demo, the tests and the benchmarks: the same
 * seed gives the same figures on every machine. Each unit fills the indicators it is
 * expected to report (reportsIndicator), nothing else; derived indicators are left to
 * consolidation.
 */
import type { UnitReport } from "../report/unit-report";
import { PLAN_COLUMNS } from "../template/columns";
import type { Indicator, Template } from "../template/schema";
import type { Unit } from "../units/unit";
import { reportsIndicator } from "../units/unit";
import type { PlanTable } from "../consolidate/plans";
import { streamFor } from "./prng";
import { UnitFigures } from "./sample-figures";
import type { SampleMonth } from "./sample-period";
import { checkMonth, monthCode } from "./sample-period";

export interface SampleReportsSpec {
  template: Template;
  units: readonly Unit[];
  period: SampleMonth;
  seed: number;
  /** When given, each report carries its unit's plans in the plan cells, as an office pre-fills them. */
  plans?: PlanTable;
}

export function sampleReports(spec: SampleReportsSpec): UnitReport[] {
  checkMonth(spec.period);
  const { template, units, period, seed, plans } = spec;
  const byCode = new Map<string, Indicator>(template.indicators.map((i) => [i.code, i]));
  const code = monthCode(period);
  return units.map((unit) => {
    const figures = new UnitFigures(streamFor(seed, "reports", unit.id), unit.kind, period.month, byCode);
    const values: UnitReport["values"] = {};
    for (const indicator of template.indicators) {
      if (indicator.kind === "derived" || !reportsIndicator(unit, indicator)) continue;
      const row = figures.figures(indicator);
      const assigned = plans?.units[unit.id]?.[indicator.code];
      for (const column of PLAN_COLUMNS) {
        const plan = assigned?.[column];
        if (plan !== undefined) row[column] = plan;
      }
      values[indicator.code] = row;
    }
    return {
      unitId: unit.id,
      period: code,
      templateId: template.id,
      templateVersion: template.version,
      values,
      notes: {},
    };
  });
}
