/**
 * Reporting units: wards and communes, and the offices of the consolidating level.
 * An office carries an office code, which the template's reportedBy names.
 */
import type { Indicator } from "../template/schema";

export type UnitKind = "ward" | "office";

export interface Unit {
  /** Stable identifier, kept in every sheet and file the unit fills. */
  id: string;
  name: string;
  kind: UnitKind;
  /** For offices: the code the template names in reportedBy (e.g. "TCKH"). */
  office?: string;
}

/** Whether a unit is expected to report an indicator. Derived indicators have no reporters. */
export function reportsIndicator(unit: Unit, indicator: Indicator): boolean {
  const by = indicator.reportedBy;
  if (!by) return false;
  if (unit.kind === "ward") return by.wards;
  if (by.offices === "all") return true;
  return unit.office !== undefined && by.offices.includes(unit.office);
}
