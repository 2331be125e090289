/**
 * The workbooks the office sends out: one per unit, its plans and last year's figures
 * filled in and locked, named so the returned files sort by period and unit. Units the
 * template gives nothing to report get no workbook.
 *
 * Last year's figures (the same period of last year) come from the history where it holds
 * them, on the new boundaries when a crosswalk is given; each sheet then says so under its
 * table, and the cells the history does not fill stay open for the unit to type
 * (last-year-sheet.ts).
 */
import type { PlanTable } from "../consolidate/plans";
import type { Crosswalk } from "../crosswalk";
import type { HistoryRecord } from "../history";
import { indicatorsForUnit, unitWorkbookOf, type UnitSheetLayout } from "../sheets/unit-sheet";
import type { WorkbookPlan } from "../sheets/plan-types";
import { periodLabels } from "../summary";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import { lastYearFigures, unitSheetWithLastYear } from "./last-year-sheet";

export interface TemplateJobInput {
  template: Template;
  units: readonly Unit[];
  /** Period code ("2024-10"). */
  period: string;
  /** ISO date ("2024-11-05"), shown on the sheet as 05/11/2024; other text is shown as given. */
  deadline?: string;
  plans?: PlanTable;
  /** Same period last year by unit id, then indicator code, given as is (wins over history). */
  lastYear?: Record<string, Record<string, number>>;
  /** The history table: last year's same-period figures are filled from it where it holds them. */
  history?: readonly HistoryRecord[];
  /** Reorganised units: last year's old units onto this year's. */
  crosswalk?: Crosswalk;
  password?: string;
}

export interface UnitWorkbook {
  unitId: string;
  /** "2024-10 khuong-mai.xlsx". */
  fileName: string;
  plan: WorkbookPlan;
  layout: UnitSheetLayout;
  /** How many same-period cells were filled in (from lastYear or the history). */
  lastYearFilled: number;
}

export function templateJob(input: TemplateJobInput): UnitWorkbook[] {
  const label = periodLabels(input.period).vi;
  const deadline = input.deadline === undefined ? undefined : shownDate(input.deadline);
  const figures = lastYearFigures(input);
  return input.units
    .filter((unit) => indicatorsForUnit(input.template, unit).length > 0)
    .map((unit) => {
      const args = {
        template: input.template,
        unit,
        period: { code: input.period, label },
        ...(deadline === undefined ? {} : { deadline }),
        ...(input.plans?.units[unit.id] ? { plans: input.plans.units[unit.id] } : {}),
        ...(input.password === undefined ? {} : { password: input.password }),
      };
      const made = unitSheetWithLastYear(args, figures, input.lastYear?.[unit.id]);
      const { plan, layout } = unitWorkbookOf(made, args);
      return {
        unitId: unit.id,
        fileName: `${input.period} ${unit.id}.xlsx`,
        plan,
        layout,
        lastYearFilled: made.lastYearFilled,
      };
    });
}

function shownDate(text: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text;
}
