/**
 * The same period last year (cùng kỳ năm trước), taken from the history where it holds the
 * figure and from the units' sheets otherwise, saying which (domain.md §3, §8).
 *
 * - Without a crosswalk, a unit's figure is its own cumulative of last year's same cut-off
 *   (lastYearFromHistory).
 * - With a crosswalk, the units it names as new units get last year's figures of their old
 *   units, split and added on the new boundaries (applyCrosswalk). A unit the crosswalk
 *   does not name was not reorganised and keeps its own history. Where the crosswalk finds
 *   no sound figure, the unit's same-period figure is removed, even one typed on its sheet
 *   (a typed figure of the old ward would pose as the new ward's), and the mark says why.
 * - Only summed indicators are looked up: a rate's same-period figure is recomputed from
 *   its operands' sums, as every other figure of a rate.
 */
import { applyCrosswalk, CROSSWALK_BASIS, type Crosswalk } from "../crosswalk";
import { lastYearFromHistory, type HistoryRecord } from "../history";
import type { Period } from "../periods";
import type { UnitReport } from "../report/unit-report";
import type { NotComparableMark, SamePeriodSource, SamePeriodUse } from "../summary";
import type { Template } from "../template/schema";
import { reportsIndicator, type Unit } from "../units/unit";

export interface SamePeriodLookup {
  template: Template;
  units: readonly Unit[];
  period: Period;
  history?: readonly HistoryRecord[];
  crosswalk?: Crosswalk;
}

export interface SamePeriodFigures {
  /** The period looked up ("2023-10"); null without history. */
  historyPeriod: string | null;
  /** By unit, then code: last year's figure (null: not comparable) and where it came from. */
  byUnit: Record<string, Record<string, { value: number | null; source: "history" | "crosswalk" }>>;
  basis: SamePeriodUse["basis"];
  notComparable: NotComparableMark[];
}

export function samePeriodFigures(lookup: SamePeriodLookup): SamePeriodFigures {
  const { template, units, period, history, crosswalk } = lookup;
  const none: SamePeriodFigures = { historyPeriod: null, byUnit: {}, basis: null, notComparable: [] };
  if (!history) return crosswalk ? { ...none, basis: CROSSWALK_BASIS } : none;

  const codes = template.indicators.filter((i) => i.kind !== "derived").map((i) => i.code);
  const basis = template.cutoff;
  const moved = new Set(crosswalk?.map((row) => row.newUnit) ?? []);
  const listed = new Set(units.map((u) => u.id));
  const own = lastYearFromHistory(history, {
    period,
    unitIds: units.filter((u) => !moved.has(u.id)).map((u) => u.id),
    codes,
    basis,
  });
  const byUnit: SamePeriodFigures["byUnit"] = {};
  for (const [unitId, figures] of Object.entries(own.byUnit))
    byUnit[unitId] = Object.fromEntries(
      Object.entries(figures).map(([code, value]) => [code, { value, source: "history" as const }]),
    );
  if (!crosswalk) return { historyPeriod: own.period, byUnit, basis: null, notComparable: [] };

  const oldUnits = [...new Set(crosswalk.map((row) => row.oldUnit))];
  const old = lastYearFromHistory(history, { period, unitIds: oldUnits, codes, basis });
  const rebuilt = applyCrosswalk(old.byUnit, crosswalk, {
    codes,
    template,
    newUnits: [...moved].filter((id) => listed.has(id)),
  });
  for (const [unitId, figures] of Object.entries(rebuilt.byNewUnit))
    byUnit[unitId] = Object.fromEntries(
      Object.entries(figures).map(([code, value]) => [code, { value, source: "crosswalk" as const }]),
    );
  // A mark about an indicator the unit does not report (a ward and the budget) says nothing.
  const unitById = new Map(units.map((u) => [u.id, u] as const));
  const indicatorByCode = new Map(template.indicators.map((i) => [i.code, i] as const));
  const reports = (unitId: string, code: string) => {
    const unit = unitById.get(unitId);
    const indicator = indicatorByCode.get(code);
    return unit !== undefined && indicator !== undefined && reportsIndicator(unit, indicator);
  };
  const notComparable = rebuilt.notComparable
    .filter((mark) => mark.code === undefined || reports(mark.newUnit, mark.code))
    .map((mark) => ({ unitId: mark.newUnit, code: mark.code ?? null, why: { ...mark.why } }));
  return { historyPeriod: own.period, byUnit, basis: rebuilt.basis, notComparable };
}

/**
 * The counted reports with their same-period figures taken from history where it has
 * them, and where each figure came from (by code, then unit).
 */
export function withSamePeriod(
  reports: readonly UnitReport[],
  figures: SamePeriodFigures,
  template: Template,
  units: readonly Unit[],
): { reports: UnitReport[]; sources: SamePeriodUse["sources"] } {
  const unitById = new Map(units.map((u) => [u.id, u] as const));
  const summed = template.indicators.filter((i) => i.kind !== "derived");
  const sources: SamePeriodUse["sources"] = {};
  const note = (code: string, unitId: string, source: SamePeriodSource) =>
    ((sources[code] ??= {})[unitId] = source);

  const out = reports.map((report) => {
    const unit = unitById.get(report.unitId);
    const fromHistory = figures.byUnit[report.unitId] ?? {};
    const values = { ...report.values };
    for (const indicator of summed) {
      const { code } = indicator;
      const found = fromHistory[code];
      if (found && unit && reportsIndicator(unit, indicator)) {
        const rest = { ...values[code] };
        delete rest.last_year;
        values[code] = found.value === null ? rest : { ...rest, last_year: found.value };
        if (found.value !== null) note(code, report.unitId, found.source);
      } else if (values[code]?.last_year !== undefined) note(code, report.unitId, "sheet");
    }
    return { ...report, values };
  });
  return { reports: out, sources };
}
