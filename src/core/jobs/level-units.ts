/**
 * One level up: when the units are consolidating levels themselves (the districts of a
 * city, each sending its summary), each one reports every indicator that anyone reports
 * below it: a district's summary holds its wards' figures and its offices' alike. The
 * template's "who reports" is widened to say so; rates stay computed (never reported).
 */
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";

export function everyUnitReportsAll(template: Template): Template {
  return {
    ...template,
    indicators: template.indicators.map((indicator) =>
      indicator.reportedBy ? { ...indicator, reportedBy: { wards: true, offices: "all" } } : indicator,
    ),
  };
}

/** The units as the written report speaks of them: levels are "đơn vị", never "phường". */
export function asLevels(units: readonly Unit[]): Unit[] {
  return units.map((unit) => ({ ...unit, kind: "office" }));
}
