/**
 * Sample plans the office assigns to each unit: near the year's expected total
 * (x 0.95-1.1), so ten months in a unit stands somewhere around 75-90% of plan; plan2
 * (the council's or the adjusted estimate) a little above plan. Only indicators whose
 * template names a plan get one. The level's own plans are left empty: the summary then
 * shows the sum of unit plans.
 */
import type { PlanFigures, PlanTable } from "../consolidate/plans";
import type { Indicator, Template } from "../template/schema";
import type { Unit, UnitKind } from "../units/unit";
import { reportsIndicator } from "../units/unit";
import { between, streamFor } from "./prng";
import type { Range } from "./profiles";
import { DEFAULT_RANGE, SAMPLE_PROFILES } from "./profiles";
import { rounder } from "./sample-figures";

const PLAN_FACTOR: Range = [0.95, 1.1];
const PLAN2_FACTOR: Range = [1, 1.05];

export interface SamplePlansSpec {
  template: Template;
  units: readonly Unit[];
  seed: number;
}

export function samplePlans({ template, units, seed }: SamplePlansSpec): PlanTable {
  const byCode = new Map<string, Indicator>(template.indicators.map((i) => [i.code, i]));
  const table: PlanTable = { units: {}, level: {} };
  for (const unit of units) {
    const random = streamFor(seed, "plans", unit.id);
    const own: Record<string, PlanFigures> = {};
    for (const indicator of template.indicators) {
      if (!indicator.plans.plan || !reportsIndicator(unit, indicator)) continue;
      const round = rounder(indicator);
      const plan = round(yearlyMean(indicator.code, unit.kind, byCode) * between(random, PLAN_FACTOR));
      own[indicator.code] = indicator.plans.plan2
        ? { plan, plan2: round(plan * between(random, PLAN2_FACTOR)) }
        : { plan };
    }
    if (Object.keys(own).length > 0) table.units[unit.id] = own;
  }
  return table;
}

/** What a unit's year adds up to on average, from the same profiles the reports use. */
function yearlyMean(code: string, kind: UnitKind, byCode: ReadonlyMap<string, Indicator>): number {
  const profile = SAMPLE_PROFILES[code] ?? {};
  const parent =
    profile.partOf ?? (profile.perCase && { code: profile.perCase.code, share: profile.perCase.rate });
  if (parent && byCode.has(parent.code)) return yearlyMean(parent.code, kind, byCode) * mean(parent.share);
  const indicator = byCode.get(code);
  const type = indicator?.valueType;
  const range =
    (kind === "ward" ? profile.ward : profile.office) ??
    profile.ward ??
    profile.office ??
    DEFAULT_RANGE[type === "count" || type === "money" ? type : "number"];
  if (indicator?.kind === "stock") return mean(range);
  return mean(range) * (profile.months?.length ?? 12);
}

function mean([low, high]: Range): number {
  return (low + high) / 2;
}
