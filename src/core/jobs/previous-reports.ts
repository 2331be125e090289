/**
 * The previous report of the same year from the history, for the check that a cumulative
 * never falls within the year (the October cumulative against September's). A report the
 * caller gives for a unit wins over the history's.
 */
import { previousCumulativeFromHistory, type HistoryRecord } from "../history";
import type { Period } from "../periods";
import type { UnitReport } from "../report/unit-report";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";

export function previousReports(
  template: Template,
  units: readonly Unit[],
  period: Period,
  history: readonly HistoryRecord[] | undefined,
  given: readonly UnitReport[] | undefined,
): UnitReport[] | undefined {
  if (!history) return given ? [...given] : undefined;
  const found = previousCumulativeFromHistory(history, {
    period,
    unitIds: units.map((u) => u.id),
    codes: template.indicators.filter((i) => i.kind !== "derived").map((i) => i.code),
    basis: template.cutoff,
  });
  const byUnit = new Map((given ?? []).map((r) => [r.unitId, r] as const));
  if (found)
    for (const [unitId, figures] of Object.entries(found.byUnit)) {
      if (byUnit.has(unitId)) continue;
      byUnit.set(unitId, {
        unitId,
        period: found.period,
        templateId: template.id,
        templateVersion: template.version,
        values: Object.fromEntries(
          Object.entries(figures).map(([code, value]) => [code, { cumulative: value }]),
        ),
        notes: {},
      });
    }
  return [...byUnit.values()];
}
