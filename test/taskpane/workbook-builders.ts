/** Builders for task-pane tests: a set-up input with defaults, and the sample district. */
import { sampleDistrict } from "../../src/core/units/sample-district";
import type { Unit } from "../../src/core/units/unit";
import { unitSheetPlan } from "../../src/core/sheets/unit-sheet";
import { builtinTemplate } from "../../src/core/template/load-template";
import type { SetUpInput } from "../../src/taskpane/use-cases";

export function setUpInput(over: Partial<SetUpInput> = {}): SetUpInput {
  return {
    templateSource: "builtin",
    period: "2024-10",
    deadline: "2024-11-05",
    units: [...sampleDistrict],
    levelName: "Quận Thanh Xuân",
    ...over,
  };
}

export function unitNamed(name: string): Unit {
  const unit = sampleDistrict.find((u) => u.name.includes(name));
  if (!unit) throw new Error(`no sample unit named ${name}`);
  return unit;
}

/** The A1 address of an indicator's column on a unit's sheet, from the sheet's own layout. */
export function unitCell(
  unit: Unit,
  code: string,
  column: "actual" | "cumulative" | "note" | "last_year",
): string {
  const { layout } = unitSheetPlan({
    template: builtinTemplate,
    unit,
    period: { code: "2024-10", label: "" },
  });
  return `${layout.columns[column]}${layout.indicatorRows[code]}`;
}

/** Every figure cell a unit types (actual and cumulative of each indicator it reports). */
export function unitFigureCells(unit: Unit): { code: string; actual: string; cumulative: string }[] {
  const { layout } = unitSheetPlan({
    template: builtinTemplate,
    unit,
    period: { code: "2024-10", label: "" },
  });
  return builtinTemplate.indicators
    .filter((i) => i.kind !== "derived" && layout.indicatorRows[i.code] !== undefined)
    .map((i) => ({
      code: i.code,
      actual: `${layout.columns.actual}${layout.indicatorRows[i.code]}`,
      cumulative: `${layout.columns.cumulative}${layout.indicatorRows[i.code]}`,
    }));
}
