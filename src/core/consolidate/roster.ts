/**
 * The roster: which expected unit sent which report, who is excluded, who is missing and
 * which reports come from units nobody expected. Everything later works on unit indices
 * (positions in the expected units list), so the hot loops never look a unit up by id.
 */
import type { UnitReport } from "../report/unit-report";
import type { Unit } from "../units/unit";
import { ConsolidationInputError } from "./errors";
import type { ExcludedUnit, UnitTotals } from "./summary-types";

export interface Roster {
  unitIds: string[];
  /** Unit id -> index in unitIds. */
  indexOf: ReadonlyMap<string, number>;
  /** The counted report of each expected unit, by index; undefined when missing or excluded. */
  counted: (UnitReport | undefined)[];
  /**
   * Unit indices sorted by unit id. Sums run in this order, so a total is the same number
   * to the last bit whatever order the units or reports were given in.
   */
  canonicalOrder: Int32Array;
  totals: UnitTotals;
  periods: string[];
}

export function buildRoster(
  units: readonly Unit[],
  reports: readonly UnitReport[],
  excluded: ReadonlyMap<string, string> | undefined,
): Roster {
  const n = units.length;
  const indexOf = new Map<string, number>();
  const unitIds: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const id = units[i]!.id;
    if (indexOf.has(id)) throw new ConsolidationInputError(`Unit ${id} is listed twice.`);
    indexOf.set(id, i);
    unitIds[i] = id;
  }

  const sent: (UnitReport | undefined)[] = new Array<UnitReport | undefined>(n).fill(undefined);
  const unexpected: string[] = [];
  for (const report of reports) {
    const i = indexOf.get(report.unitId);
    if (i === undefined) {
      unexpected.push(report.unitId);
      continue;
    }
    if (sent[i] !== undefined) {
      throw new ConsolidationInputError(`Unit ${report.unitId} has more than one report.`);
    }
    sent[i] = report;
  }

  const counted = sent.slice();
  const submitted: string[] = [];
  const missing: string[] = [];
  const excludedUnits: ExcludedUnit[] = [];
  const periods = new Set<string>();
  for (let i = 0; i < n; i++) {
    const id = unitIds[i]!;
    const reason = excluded?.get(id);
    if (reason !== undefined) {
      excludedUnits.push({ unitId: id, reason });
      counted[i] = undefined;
    } else if (sent[i] === undefined) {
      missing.push(id);
    } else {
      submitted.push(id);
      periods.add(sent[i]!.period);
    }
  }

  const canonicalOrder = Int32Array.from(unitIds.keys()).sort((a, b) =>
    unitIds[a]! < unitIds[b]! ? -1 : unitIds[a]! > unitIds[b]! ? 1 : 0,
  );

  return {
    unitIds,
    indexOf,
    counted,
    canonicalOrder,
    totals: { expected: n, submitted, missing, excluded: excludedUnits, unexpected },
    periods: [...periods].sort(),
  };
}
