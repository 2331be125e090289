/**
 * The demo's filled workbooks: each unit's blank template plan with its sample report
 * typed in, the scenario's slips applied, and the missing unit left out.
 */
import { formatNumber } from "../../core/numbers";
import type { UnitReport } from "../../core/report/unit-report";
import type { WorkbookPlan } from "../../core/sheets/plan-types";
import type { UnitSheetLayout } from "../../core/sheets/unit-sheet";
import { DEMO } from "./demo-scenario";
import { type TypedCell, typeIntoPlan } from "./type-into-plan";
import { cellOf, typedCells } from "./typed-cells";

export interface BlankTemplate {
  unitId: string;
  fileName: string;
  plan: WorkbookPlan;
  layout: UnitSheetLayout;
}

export function demoSubmissions(
  blanks: readonly BlankTemplate[],
  reports: readonly UnitReport[],
): { fileName: string; plan: WorkbookPlan }[] {
  const reportOf = new Map(reports.map((r) => [r.unitId, r] as const));
  return blanks.flatMap(({ unitId, fileName, plan, layout }, index) => {
    const report = reportOf.get(unitId);
    if (!report || unitId === DEMO.missing) return [];
    const sender = {
      name: DEMO.reporters[index % DEMO.reporters.length]!,
      phone: `024 3858 ${String(1000 + index * 37).slice(-4)}`,
      sentOn:
        unitId === DEMO.late.unitId ? DEMO.late.sentOn : DEMO.onTimeDays[index % DEMO.onTimeDays.length]!,
    };
    const cells = [...typedCells(report, layout, sender), ...slips(unitId, report, layout)];
    return [{ fileName, plan: typeIntoPlan(plan, plan.sheets[0]!.name, cells) }];
  });
}

/** The scenario's deliberate mistakes for this unit, typed after (over) its right figures. */
function slips(unitId: string, report: UnitReport, layout: UnitSheetLayout): TypedCell[] {
  const out: TypedCell[] = [];
  const over = DEMO.onTimeAboveResolved;
  if (unitId === over.unitId) {
    const resolved = report.values[over.above]?.cumulative;
    const address = cellOf(layout, over.code, "cumulative");
    if (resolved !== undefined && address) out.push({ address, value: resolved + over.excess });
  }
  const text = DEMO.numberAsText;
  if (unitId === text.unitId) {
    const value = report.values[text.code]?.[text.column];
    const address = cellOf(layout, text.code, text.column);
    if (value !== undefined && address)
      out.push({ address, value: formatNumber(value, "vi", { maxDecimals: 1 }) });
  }
  return out;
}
