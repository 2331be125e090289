/** Unit names by id, for the sheets: an id nobody listed is shown as itself. */
import type { Unit } from "../units/unit";

export type UnitNamer = (unitId: string) => string;

export function unitNamer(units: readonly Unit[]): UnitNamer {
  const names = new Map(units.map((u) => [u.id, u.name] as const));
  return (unitId) => names.get(unitId) ?? unitId;
}

/** "Phường A, Phường B" (the list is in the units' order, as the summary keeps it). */
export function nameList(ids: readonly string[], name: UnitNamer): string {
  return ids.map(name).join(", ");
}
