/**
 * consolidate(): the expected units' accepted reports in, one summary out. Reported
 * indicators are summed first (in any template order), then derived ones are recomputed
 * from those sums, then every row gets its percentages. docs/arithmetic.md explains the
 * rules in the office's words.
 */
import type { UnitReport } from "../report/unit-report";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import { addComparisons } from "./comparisons";
import { deriveRow } from "./derive-row";
import { gather } from "./gather";
import type { PlanTable } from "./plans";
import { buildRoster } from "./roster";
import type { RowWork } from "./row-work";
import { sumRow } from "./sum-row";
import type { Summary } from "./summary-types";

export interface ConsolidationInput {
  template: Template;
  /** The expected units. */
  units: readonly Unit[];
  /** One per unit that reported (at most one per unit). */
  reports: readonly UnitReport[];
  /** When absent, plan/plan2 come from the reports' own plan columns. */
  plans?: PlanTable;
  /** Unit id -> why its figures are left out (errors not accepted). */
  excluded?: ReadonlyMap<string, string>;
}

export function consolidate(input: ConsolidationInput): Summary {
  const { template, units, plans } = input;
  const roster = buildRoster(units, input.reports, input.excluded);

  const gathered = gather(template, units, roster, plans);

  const workByCode = new Map<string, RowWork>();
  for (const row of gathered.rows) workByCode.set(row.indicator.code, sumRow(row, roster, plans));
  for (const indicator of template.indicators) {
    if (indicator.kind === "derived") {
      workByCode.set(indicator.code, deriveRow(indicator, roster.unitIds, workByCode, plans));
    }
  }

  const rows = template.indicators.map((indicator) => {
    const work = workByCode.get(indicator.code)!;
    addComparisons(work);
    return work.row;
  });

  return {
    templateId: template.id,
    templateVersion: template.version,
    periods: roster.periods,
    unitIds: roster.unitIds,
    units: roster.totals,
    rows,
    strayFigures: gathered.strayFigures,
  };
}
