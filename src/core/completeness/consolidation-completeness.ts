/**
 * Completeness of a whole consolidation: how many of the expected units submitted, how
 * many on time, who is missing or late, and per indicator how many of the units that
 * should report it did. Rates are percentages of the expected units; with no unit
 * expected there is no rate (undefined, shown as "-"), never a division by zero.
 * Units keep the order of the list the office gave.
 */
import type { RawUnitReport } from "../report/unit-report";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import type { Acceptance } from "../validate/acceptance";
import type { Finding } from "../validate/finding";
import { indexTemplate } from "../validate/template-index";
import { indicatorReported, indicatorsOf, rowsByCode } from "./required-cells";
import { unitCompleteness, type UnitCompleteness } from "./unit-completeness";

export interface IndicatorCompleteness {
  code: string;
  /** Units that should report the indicator. */
  expected: number;
  /** Of those, units whose report fills every required cell of it. */
  reported: number;
}

export interface ConsolidationCompleteness {
  expected: number;
  submitted: number;
  onTime: number;
  /** submitted / expected x 100. */
  reportingRate?: number;
  /** on time / expected x 100. */
  onTimeRate?: number;
  /** Expected units that have not submitted, by id. */
  missing: string[];
  /** Units whose status is late, by id (a unit can be both missing and late). */
  late: string[];
  perIndicator: IndicatorCompleteness[];
  units: UnitCompleteness[];
}

export interface ConsolidationCompletenessInput {
  template: Template;
  units: readonly Unit[];
  /** One report per unit; when a unit has several, the last one is taken. */
  raws: readonly RawUnitReport[];
  findings?: readonly Finding[];
  deadline?: string;
  asOf?: string;
  accepted?: readonly Acceptance[];
}

export function consolidationCompleteness(input: ConsolidationCompletenessInput): ConsolidationCompleteness {
  const index = indexTemplate(input.template);
  const rawByUnit = new Map(input.raws.map((raw) => [raw.unitId.trim(), raw] as const));
  const expectedUnits = input.units.filter((unit) => indicatorsOf(unit, index).length > 0);

  const units = expectedUnits.map((unit) => {
    const raw = rawByUnit.get(unit.id);
    return unitCompleteness({
      template: input.template,
      unit,
      ...(raw ? { raw } : {}),
      ...(input.findings ? { findings: input.findings } : {}),
      ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
      ...(input.asOf !== undefined ? { asOf: input.asOf } : {}),
      ...(input.accepted ? { accepted: input.accepted } : {}),
    });
  });

  const tally = new Map<string, IndicatorCompleteness>();
  for (const indicator of input.template.indicators) {
    if (indicator.kind !== "derived")
      tally.set(indicator.code, { code: indicator.code, expected: 0, reported: 0 });
  }
  for (const unit of expectedUnits) {
    const rows = rowsByCode(rawByUnit.get(unit.id), index);
    for (const indicator of indicatorsOf(unit, index)) {
      const count = tally.get(indicator.code)!;
      count.expected++;
      if (indicatorReported(indicator, rows.get(indicator.code), index)) count.reported++;
    }
  }
  const perIndicator = [...tally.values()];

  const submitted = units.filter((u) => u.submitted).length;
  const onTime = units.filter((u) => u.onTime).length;
  const result: ConsolidationCompleteness = {
    expected: units.length,
    submitted,
    onTime,
    missing: units.filter((u) => !u.submitted).map((u) => u.unitId),
    late: units.filter((u) => u.status === "late").map((u) => u.unitId),
    perIndicator,
    units,
  };
  if (units.length > 0) {
    result.reportingRate = (submitted / units.length) * 100;
    result.onTimeRate = (onTime / units.length) * 100;
  }
  return result;
}
