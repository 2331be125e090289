/**
 * A shared workbook of N ward sheets (synthetic units), the plan that sets it up, and the
 * figures each ward typed, for the scale tests and the benchmark.
 */
import { sampleDistrict } from "../../../src/core/units/sample-district";
import type { MetadataPlan, SheetPlan, WorkbookPlan } from "../../../src/core/sheets/plan-types";
import { unitSheetPlan } from "../../../src/core/sheets/unit-sheet";
import { builtinTemplate } from "../../../src/core/template/load-template";
import type { Unit } from "../../../src/core/units/unit";

export const OCTOBER = { code: "2024-10", label: "Tháng 10/2024" };

export function wards(n: number): Unit[] {
  const width = Math.max(4, String(n).length);
  return Array.from({ length: n }, (_, i) => {
    const number = String(i + 1).padStart(width, "0");
    return { id: `ward-${number}`, name: `Phường ${number}`, kind: "ward" as const };
  });
}

/** The offices of the sample district are expected too, so the summary has every row. */
export function expectedUnits(n: number): Unit[] {
  return [...wards(n), ...sampleDistrict.filter((u) => u.kind === "office")];
}

export function setupPlan(n: number): { plan: WorkbookPlan; figureCells: Map<string, string[]> } {
  const sheets: SheetPlan[] = [];
  const metadata: MetadataPlan[] = [];
  const figureCells = new Map<string, string[]>();
  const taken: string[] = [];
  for (const unit of wards(n)) {
    const made = unitSheetPlan({ template: builtinTemplate, unit, period: OCTOBER, takenSheetNames: taken });
    taken.push(made.sheet.name);
    sheets.push(made.sheet);
    metadata.push(made.metadata);
    const { columns, indicatorRows } = made.layout;
    figureCells.set(
      made.sheet.name,
      ["DT03", "XH01", "HC01"].map((code) => `${columns.cumulative}${indicatorRows[code]}`),
    );
  }
  return { plan: { sheets, metadata }, figureCells };
}
