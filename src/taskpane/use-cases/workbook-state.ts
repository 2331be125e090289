/**
 * One read of the workbook, turned into what every use-case starts from: the set-up, the
 * plans the office typed, and the unit sheets (the sheets the one sheet parser recognises
 * as a unit's report), each with its report.
 */
import type { PlanTable } from "../../core/consolidate/plans";
import type { RawUnitReport } from "../../core/report/unit-report";
import { parseUnitSheet, type SheetProblem } from "../../core/sheets/parse-unit-sheet";
import type { SheetSnapshot } from "../../core/sheets/snapshot";
import { CROSSWALK_SHEET } from "../../core/sheets/crosswalk-sheet";
import { INSTRUCTIONS_SHEET } from "../../core/sheets/instructions-sheet";
import { PLANS_SHEET, parsePlansSheet, type PlansSheetProblem } from "../../core/sheets/plans-sheet";
import { readSetup, SETUP_SHEET, type LoadedSetup } from "./setup-store";
import type { WorkbookPort } from "./workbook-port";

export interface UnitSheet {
  snapshot: SheetSnapshot;
  report: RawUnitReport;
  problems: SheetProblem[];
}

export interface WorkbookState {
  sheets: SheetSnapshot[];
  setup: LoadedSetup | undefined;
  plans: PlanTable | undefined;
  planProblems: PlansSheetProblem[];
  unitSheets: UnitSheet[];
}

/** Sheets the add-in writes for itself, never a unit's report. */
const OWN_SHEETS = new Set([SETUP_SHEET, PLANS_SHEET, INSTRUCTIONS_SHEET, CROSSWALK_SHEET]);

export async function readWorkbookState(port: WorkbookPort): Promise<WorkbookState> {
  const sheets = await port.readSheets();
  const setup = readSetup(sheets);
  if (!setup) return { sheets, setup, plans: undefined, planProblems: [], unitSheets: [] };
  const plansSheet = sheets.find((s) => s.name === PLANS_SHEET);
  const planned = plansSheet
    ? parsePlansSheet(plansSheet, { template: setup.template, units: setup.units })
    : undefined;
  const unitSheets: UnitSheet[] = [];
  for (const snapshot of sheets) {
    if (OWN_SHEETS.has(snapshot.name)) continue;
    const parsed = parseUnitSheet(snapshot, { template: setup.template });
    if (parsed.ok) unitSheets.push({ snapshot, report: parsed.report, problems: parsed.problems });
  }
  return {
    sheets,
    setup,
    plans: planned?.plans,
    planProblems: planned?.problems ?? [],
    unitSheets,
  };
}

/** Whether anyone typed a figure or a note in the unit's columns. */
export function hasTypedFigures(report: RawUnitReport): boolean {
  return report.rows.some((row) =>
    (["actual", "cumulative", "estimate", "note"] as const).some((key) => {
      const kind = row.cells[key]?.value.kind;
      return kind !== undefined && kind !== "blank";
    }),
  );
}
