/**
 * The closing sentence on who reported: "17/19 đơn vị đã gửi báo cáo; chưa gửi: Phường A,
 * Phường B." A unit whose report was left out of the summary (errors not accepted) did
 * send it, so it counts as sent and is named with the office's reason.
 */
import type { UnitTotals } from "../consolidate/summary-types";
import type { Unit } from "../units/unit";
import type { Phrases } from "./phrases";

export function completenessSentence(
  totals: UnitTotals,
  units: readonly Unit[],
  phrases: Phrases,
): string | null {
  if (totals.expected === 0) return null;
  const names = new Map(units.map((unit) => [unit.id, unit.name] as const));
  const nameOf = (id: string) => names.get(id) ?? id;
  return phrases.completeness({
    sent: totals.submitted.length + totals.excluded.length,
    expected: totals.expected,
    missing: totals.missing.map(nameOf),
    excluded: totals.excluded.map(({ unitId, reason }) => `${nameOf(unitId)} (${reason})`),
  });
}
