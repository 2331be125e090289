/**
 * The crosswalk an office keeps on the "Chuyển đổi địa giới" sheet after a reorganisation
 * (src/core/sheets/crosswalk-sheet.ts), read back for the consolidation, the set-up and the
 * exported unit files, as the command line reads its `--crosswalk` file. The units it names
 * are checked against this year's list and, when the workbook keeps a history, against the
 * units that history holds.
 */
import type { Crosswalk } from "../../core/crosswalk";
import type { HistoryRecord } from "../../core/history";
import { CONSOLIDATED_UNIT } from "../../core/history";
import {
  CROSSWALK_SHEET,
  readCrosswalkSheet,
  type CrosswalkSheetProblem,
} from "../../core/sheets/crosswalk-sheet";
import type { SheetSnapshot } from "../../core/sheets/snapshot";
import type { Unit } from "../../core/units/unit";

export type KeptCrosswalk =
  /** No such sheet, or nothing typed on it. */
  | { kind: "none" }
  | { kind: "ok"; crosswalk: Crosswalk }
  /** Any error: not used, and the consolidation stops until it is corrected. */
  | { kind: "unusable"; sheet: string; problems: CrosswalkSheetProblem[] };

export function readKeptCrosswalk(
  sheets: readonly SheetSnapshot[],
  units: readonly Unit[],
  history: readonly HistoryRecord[] | undefined,
): KeptCrosswalk {
  const snapshot = sheets.find((s) => s.name === CROSSWALK_SHEET);
  if (!snapshot) return { kind: "none" };
  const read = readCrosswalkSheet(snapshot, {
    newUnits: units.map((u) => u.id),
    ...(history ? { oldUnits: historyUnits(history) } : {}),
  });
  if (read.kind === "empty") return { kind: "none" };
  if (read.kind === "unusable") return { kind: "unusable", sheet: snapshot.name, problems: read.problems };
  return { kind: "ok", crosswalk: read.crosswalk };
}

/** The units the history holds figures of (the consolidated level's "*" aside). */
export function historyUnits(history: readonly HistoryRecord[]): string[] {
  return [...new Set(history.map((r) => r.unit).filter((u) => u !== CONSOLIDATED_UNIT))];
}
